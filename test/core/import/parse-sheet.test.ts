import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSheet } from '../../../electron/core/import/parse-sheet.ts';
import { gridOf } from './grid-of.ts';
import { PROFILE } from './parse-fixture.ts';

const INPUT = { file: 'in/x.xlsx', fileBase: 'x', profile: PROFILE };
const HEADER = ['区县', '全血人次', '全血采集量(U)', '机采血小板人次', '机采血小板治疗量', '备注'];

test('a row named after the region (渭南市) is the city total; 其中 rows are not data; a remark never changes what a row is', () => {
  const result = parseSheet(gridOf([
    ['2025年1月采血情况'],
    HEADER,
    ['华阴', 100, 175, 0, 0, '比去年同期增加'],
    ['其中：献血屋', 60, 105, 0, 0],
    ['潼关', 50, 87.5, 0, 0],
    ['渭南市', 150, 262.5, 0, 0],
  ]), INPUT);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.collections.map((r) => [r.county, r.month, r.wholeBloodDonors, r.sources.wholeBloodDonors.cells]), [
    ['华阴市', '2025-01', 100, ['B3']],
    ['潼关县', '2025-01', 50, ['B5']],
  ]);
});

test('reading stops at the notes: a phone number under them is not a figure', () => {
  const result = parseSheet(gridOf([
    ['华阴市2025年1月采血情况'],
    HEADER.slice(0, 5),
    ['华阴', 100, 175, 0, 0],
    ['注：数据截至1月31日。'],
    ['联系电话', 13800000000, 0, 0, 0],
  ]), INPUT);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.collections.map((r) => r.wholeBloodDonors), [100]);
});

test('a month column contradicting the title is an error at the cell', () => {
  const result = parseSheet(gridOf([
    ['华阴市2025年第一季度采血情况'],
    ['月份', ...HEADER.slice(1, 5)],
    ['1月', 10, 17.5, 0, 0],
    ['4月', 10, 17.5, 0, 0],
  ]), INPUT);
  assert.deepEqual(result.problems.map((p) => p.cell), ['A4']);
  assert.match(result.problems[0].message, /4月，不在.*1-3月内/);
});

test('a second table under the first is refused rather than half read', () => {
  const result = parseSheet(gridOf([
    ['华阴市2025年1月采血情况'],
    HEADER.slice(0, 5),
    ['华阴', 100, 175, 0, 0],
    ['医院', '红细胞(U)', '血浆(ml)', '血小板(治疗量)', '冷沉淀(U)'],
    ['渭南市中心医院', 1, 100, 0, 0],
  ]), INPUT);
  assert.match(result.problems[0]?.message ?? '', /第4行起还有一个表格/);
});
