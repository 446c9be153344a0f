import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cellCount, collectCells, compressCells, formatCells } from '../../../electron/core/util/cell-ranges.ts';

const column = (letter: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${letter}${from + i}`);

test('consecutive rows of one column are one range', () => {
  assert.deepEqual(compressCells(column('E', 2, 100_001)), ['E2:E100001']);
  assert.deepEqual(compressCells(['C5', 'C6', 'C7']), ['C5:C7']);
});

test('a gap starts a new range', () => {
  assert.deepEqual(compressCells(['C5', 'C6', 'C8', 'C9', 'C12']), ['C5:C6', 'C8:C9', 'C12']);
});

test('two columns read row by row are one rectangle; consecutive columns of one row are one range', () => {
  assert.deepEqual(compressCells(['E2', 'F2', 'E3', 'F3', 'E4', 'F4']), ['E2:F4']);
  assert.deepEqual(compressCells(['C5', 'D5', 'F5']), ['C5:D5', 'F5']);
  assert.deepEqual(compressCells(['C5', 'E5', 'C6', 'E6']), ['C5:C6', 'E5:E6']);
});

test('a single cell stays a cell, and no cells stay none', () => {
  assert.deepEqual(compressCells(['B3']), ['B3']);
  assert.deepEqual(compressCells([]), []);
});

test('ranges keep the order their first cell was listed in; repeats count once', () => {
  assert.deepEqual(compressCells(['H9', 'H10', 'B2', 'B3', 'H9']), ['H9:H10', 'B2:B3']);
  assert.deepEqual(compressCells(['第3行', 'C5', 'C6']), ['第3行', 'C5:C6']);
  assert.deepEqual(compressCells(['第2–21行', '第2–21行', '第2–21行']), ['第2–21行']);
});

test('compressing is idempotent and accepts the stored forms mixed: cells and ranges', () => {
  const once = compressCells(['C5', 'C6', 'C8', 'D5', 'D6', 'D8']);
  assert.deepEqual(once, ['C5:D6', 'C8:D8']);
  assert.deepEqual(compressCells(once), once);
  assert.deepEqual(compressCells(['C5:C6', 'C7', 'C8:C10']), ['C5:C10']);
  assert.deepEqual(compressCells(['C7:C5']), ['C5:C7']);
});

test('counts every cell a range holds, overlaps once', () => {
  assert.equal(cellCount(['E2:E100001']), 100_000);
  assert.equal(cellCount(['C5:D6', 'D6', 'F5']), 5);
  assert.equal(cellCount(['第3行', 'C5']), 2);
});

test('reads as the fewest ranges top to bottom, with the count when a range hides it', () => {
  assert.equal(formatCells(['E2:E100001']), 'E2:E100001（共100000个单元格）');
  assert.equal(formatCells(column('E', 2, 100_001)), 'E2:E100001（共100000个单元格）');
  assert.equal(formatCells(['F7', 'C5', 'D5', 'E5', 'F5', 'C6', 'D6', 'E6', 'F6', 'C7', 'D7', 'E7']), 'C5:F7（共12个单元格）');
  assert.equal(formatCells(['Z9', 'AA9', 'AB9']), 'Z9:AB9（共3个单元格）');
  assert.equal(formatCells(['C6', 'D6', 'F6']), 'C6:D6、F6（共3个单元格）');
  assert.equal(formatCells(['C5', 'C8']), 'C5、C8');
  assert.equal(formatCells(['B3']), 'B3');
  assert.equal(formatCells(['E2:E100001'], false), 'E2:E100001');
});

test('many ranges are cut short, the count tells the rest', () => {
  const everyOther = Array.from({ length: 10 }, (_, i) => `C${5 + 2 * i}`);
  assert.equal(formatCells(everyOther), 'C5、C7、C9、C11、C13、C15 等（共10个单元格）');
});

test('no cells and non-A1 addresses are kept as they are', () => {
  assert.equal(formatCells([]), '');
  assert.equal(formatCells(['第3行', 'C5']), '第3行、C5');
});

test('cells collected a column at a time give the same ranges, in the same order, as cell by cell', () => {
  const cases: { rows: number[]; cols: number[]; expected: string[] }[] = [
    { rows: [4, 5, 6], cols: [2, 3], expected: ['C5:D7'] },
    { rows: [4, 5, 7, 8, 11], cols: [4, 2], expected: ['E5:E6', 'C5:C6', 'E8:E9', 'C8:C9', 'E12', 'C12'] },
    { rows: [9, 3, 4], cols: [1, 5], expected: ['B10', 'F10', 'B4:B5', 'F4:F5'] },
  ];
  for (const { rows, cols, expected } of cases) {
    const byCell = collectCells();
    for (const row of rows) for (const col of cols) byCell.add(row, col);
    const byColumn = collectCells();
    cols.forEach((col, i) => byColumn.addColumn(col, rows, i, cols.length));
    assert.deepEqual(byCell.ranges(), expected);
    assert.deepEqual(byColumn.ranges(), expected);
  }
});
