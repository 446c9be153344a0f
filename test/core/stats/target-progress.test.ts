import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regionTarget, targetProgress, timeProgress } from '../../../electron/core/stats/target-progress.ts';

test('time progress is 25 % per quarter', () => {
  assert.deepEqual([1, 2, 3, 4].map((q) => timeProgress({ year: 2025, q: q as 1 | 2 | 3 | 4 })), [25, 50, 75, 100]);
});

test('progress is year-to-date ÷ annual target, in %', () => {
  assert.deepEqual(targetProgress(1500, 1123, { year: 2025, q: 3 }), { annual: 1500, yearToDate: 1123, progress: 74.9, timeProgress: 75 });
  assert.equal(targetProgress(undefined, 1123, { year: 2025, q: 3 }), null);
  assert.equal(targetProgress(0, 1123, { year: 2025, q: 3 }), null);
});

test('region target: explicit entry, else the sum when every county has one', () => {
  assert.equal(regionTarget({ 市: 9000, 甲: 1 }, '市', ['甲', '乙']), 9000);
  assert.equal(regionTarget({ 甲: 4000, 乙: 3000 }, '市', ['甲', '乙']), 7000);
  assert.equal(regionTarget({ 甲: 4000 }, '市', ['甲', '乙']), undefined);
  assert.equal(regionTarget(undefined, '市', ['甲']), undefined);
});
