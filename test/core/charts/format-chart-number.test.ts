import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatChartNumber, formatPermille } from '../../../electron/core/charts/format-chart-number.ts';

test('chart numbers drop trailing zeros and round half up', () => {
  assert.equal(formatChartNumber(8210.5, 1), '8210.5');
  assert.equal(formatChartNumber(3270, 1), '3270');
  assert.equal(formatChartNumber(1.05, 1), '1.1');
  assert.equal(formatChartNumber(4305), '4305');
});

test('rates print in ‰ with two decimals', () => {
  assert.equal(formatPermille(2.4), '2.40‰');
  assert.equal(formatPermille(4.44), '4.44‰');
});
