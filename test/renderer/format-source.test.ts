/** The overview's 数据来源 column and the conflict comparison name a figure's cells the same way as the CLI. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceText } from '../../renderer/src/format.ts';

test('a source stored as a range reads as the range with its cell count', () => {
  assert.equal(sourceText({ file: 'D:\\报表\\渭南市-2025年台账.csv', sheet: '渭南市-2025年台账', cells: ['E2:E100001'] }),
    '渭南市-2025年台账.csv · 工作表“渭南市-2025年台账” · E2:E100001（共100000个单元格）');
});

test('a source stored one cell at a time (before ranges) reads the same as its range', () => {
  assert.equal(sourceText({ file: '华阴1月.xlsx', sheet: '1月', cells: ['C5', 'C6', 'C7'] }), '华阴1月.xlsx · 工作表“1月” · C5:C7（共3个单元格）');
  assert.equal(sourceText({ file: '华阴1月.xlsx', sheet: '', cells: ['C5'] }), '华阴1月.xlsx · C5');
});
