import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axisTicks, chartAxisTicks } from '../../../electron/core/stats/axis-ticks.ts';

test('ticks are round (1, 2 or 5 × 10^k), start at 0, end at or above the largest value, at most 5 intervals', () => {
  assert.deepEqual(axisTicks(4.25), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(axisTicks(3861), [0, 1000, 2000, 3000, 4000]);
  assert.deepEqual(axisTicks(4438), [0, 1000, 2000, 3000, 4000, 5000]);
  assert.deepEqual(axisTicks(12.3), [0, 5, 10, 15]);
  assert.deepEqual(axisTicks(215000), [0, 50000, 100000, 150000, 200000, 250000]);
  assert.deepEqual(axisTicks(5), [0, 1, 2, 3, 4, 5], 'a value on a tick ends the axis there');
});

test('decimal steps are exact decimals, never 0.30000000000000004', () => {
  assert.deepEqual(axisTicks(0.83), [0, 0.2, 0.4, 0.6, 0.8, 1]);
  assert.deepEqual(axisTicks(0.07), [0, 0.02, 0.04, 0.06, 0.08]);
  assert.deepEqual(axisTicks(2.49), [0, 0.5, 1, 1.5, 2, 2.5]);
});

test('nothing to draw gives a unit axis; chart axes skip unknown rates', () => {
  assert.deepEqual(axisTicks(0), [0, 1]);
  assert.deepEqual(chartAxisTicks([null, 2.25, 4.44, null], [3463, 3861]), { countyRate: [0, 1, 2, 3, 4, 5], monthlyDonors: [0, 1000, 2000, 3000, 4000] });
});
