import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cellClues } from '../../../electron/core/import/cell-clues.ts';
import { gridOf } from './grid-of.ts';

test('labelled cells: "统计月份:2025年1月" in one cell, or the label and the value side by side', () => {
  const [one] = cellClues(gridOf([['统计月份:2025年1月']]), 0, 1, true);
  assert.deepEqual([one.tells, one.period.years, one.period.months, one.cell], ['period', [2025], [1], 'A1']);
  const [label] = cellClues(gridOf([['填报月份', '2025年3月']]), 0, 1, true);
  assert.deepEqual([label.period.months, label.cell], [[3], 'B1']);
  const [county] = cellClues(gridOf([['区县：', '华阴']]), 0, 1, true);
  assert.deepEqual([county.tells, county.countyText], ['county', '华阴']);
});

test('a label left blank before the next label is reported as blank, at the value cell', () => {
  const clues = cellClues(gridOf([['区县：', null, '统计月份：', null]]), 0, 1, true);
  assert.deepEqual(clues.map((c) => [c.tells, c.blank, c.cell]), [['county', true, 'B1'], ['period', true, 'D1']]);
});

test('the date a form was filled in is not a clue; free text is read only above the table', () => {
  assert.deepEqual(cellClues(gridOf([['填报日期：2025年2月', '填表人：张三']]), 0, 1, false), []);
  assert.deepEqual(cellClues(gridOf([['注：1月份春节停采三天']]), 0, 1, true), []);
  const [title] = cellClues(gridOf([['华阴市2025年1月采血情况']]), 0, 1, false);
  assert.deepEqual([title.tells, title.countyText, title.period.months], ['both', '华阴市2025年1月采血情况', [1]]);
});
