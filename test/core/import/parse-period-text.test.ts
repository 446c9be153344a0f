import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePeriodText } from '../../../electron/core/import/parse-period-text.ts';

test('year and month in the forms counties write them', () => {
  for (const text of ['2025年1月', '2025年01月份', '2025-01', '2025/1', '2025.1', '202501', '统计月份:2025年1月', '华阴市-2025年1月-两级表头']) {
    assert.deepEqual(parsePeriodText(text), { years: [2025], months: [1], ranges: [] }, text);
  }
  assert.deepEqual(parsePeriodText('2025.10').months, [10]);
});

test('a month alone, in digits or Chinese numerals', () => {
  assert.deepEqual(parsePeriodText('1月'), { years: [], months: [1], ranges: [] });
  assert.deepEqual(parsePeriodText('十二月').months, [12]);
  assert.deepEqual(parsePeriodText('三月').months, [3]);
});

test('quarters and month ranges constrain instead of naming one month', () => {
  assert.deepEqual(parsePeriodText('渭南市2025年第一季度采血情况'), { years: [2025], months: [], ranges: [[1, 3]] });
  assert.deepEqual(parsePeriodText('2025Q2'), { years: [2025], months: [], ranges: [[4, 6]] });
  assert.deepEqual(parsePeriodText('2025年1-3月'), { years: [2025], months: [], ranges: [[1, 3]] });
});

test('full dates are when a form was filled in, not its period', () => {
  for (const text of ['填报日期：2025年2月5日', '2025-02-05', '20250205', '2月5日']) {
    assert.deepEqual(parsePeriodText(text), { years: [], months: [], ranges: [] }, text);
  }
});

test('text without a period says nothing', () => {
  assert.deepEqual(parsePeriodText('Sheet1'), { years: [], months: [], ranges: [] });
  assert.deepEqual(parsePeriodText('quarter-one-sheet-per-month'), { years: [], months: [], ranges: [] });
});

test('years in Chinese numerals, 四月份, and a cut-off 截至N月 as the months January to N', () => {
  assert.deepEqual(parsePeriodText('蒲城县二〇二五年四月份无偿献血采血统计表'), { years: [2025], months: [4], ranges: [] });
  assert.deepEqual(parsePeriodText('韩城市采血台账（截至6月）'), { years: [], months: [], ranges: [[1, 6]] });
  assert.deepEqual(parsePeriodText('截至2025年6月底'), { years: [2025], months: [], ranges: [[1, 6]] });
  assert.deepEqual(parsePeriodText('1—6月累计').ranges, [[1, 6]]);
});

test('an impossible month is kept as invalid, never dropped', () => {
  assert.deepEqual(parsePeriodText('华州区2025年13月采血情况'), { years: [2025], months: [], ranges: [], invalid: ['2025年13月'] });
  assert.deepEqual(parsePeriodText('0月').invalid, ['0月']);
});
