import { test } from 'node:test';
import assert from 'node:assert/strict';
import { change } from '../../../electron/core/stats/change.ts';

test('同比 as count and percent, half-up to one decimal', () => {
  assert.deepEqual(change(10402, 10090), { delta: 312, percent: 3.1 });
  assert.deepEqual(change(950, 1000), { delta: -50, percent: -5 });
  assert.deepEqual(change(1000, 1000), { delta: 0, percent: 0 });
  assert.deepEqual(change(2601.5, 2600.3), { delta: 1.2, percent: 0 });
  assert.deepEqual(change(2.05, 2), { delta: 0.05, percent: 2.5 });
});

test('no percent of nothing', () => {
  assert.deepEqual(change(5, 0), { delta: 5, percent: null });
});
