import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sumExact } from '../../../electron/core/stats/sum-exact.ts';

test('sums decimals without binary drift', () => {
  assert.equal(0.1 + 0.2 === 0.3, false);
  assert.equal(sumExact([0.1, 0.2]), 0.3);
  assert.equal(sumExact([1.65, 1.65, 1.65]), 4.95);
  assert.equal(sumExact([9960, 442]), 10402);
  assert.equal(sumExact([]), 0);
  assert.equal(sumExact([5, -7.5]), -2.5);
});
