import { test } from 'node:test';
import assert from 'node:assert/strict';
import { divideHalfUp, roundHalfUp, scaledHalfUp, sumExact, toScaledDecimal } from '../../../electron/core/stats/decimal.ts';

test('reads numbers as the decimals they print as', () => {
  assert.deepEqual(toScaledDecimal(1.005), { int: 1005n, scale: 3 });
  assert.deepEqual(toScaledDecimal(-0.1), { int: -1n, scale: 1 });
  assert.deepEqual(toScaledDecimal(1e-7), { int: 1n, scale: 7 });
  assert.deepEqual(toScaledDecimal(1.5e21), { int: 1500000000000000000000n, scale: 0 });
  assert.throws(() => toScaledDecimal(Number.NaN), /不是有限数值/);
});

test('half away from zero, on exact decimals', () => {
  assert.equal(roundHalfUp(1.005, 2), 1.01);
  assert.equal(roundHalfUp(2.675, 2), 2.68);
  assert.equal(roundHalfUp(-3.05, 1), -3.1);
  assert.equal(roundHalfUp(-3.04, 1), -3);
  assert.equal(roundHalfUp(1.25, 1), 1.3);
  assert.equal(divideHalfUp(312 * 100, 10090, 1), 3.1);
  assert.equal(divideHalfUp(1, 3, 0), 0);
  assert.equal(divideHalfUp(2.5, 0.5, 0), 5);
  assert.equal(scaledHalfUp(10402 * 1000, 4619000, 2), 225n);
  assert.throws(() => divideHalfUp(1, 0, 2), /除数为零/);
});

test('sums decimals without binary drift', () => {
  assert.equal(0.1 + 0.2 === 0.3, false);
  assert.equal(sumExact([0.1, 0.2]), 0.3);
  assert.equal(sumExact([1.65, 1.65, 1.65]), 4.95);
  assert.equal(sumExact([9960, 442]), 10402);
  assert.equal(sumExact([]), 0);
  assert.equal(sumExact([5, -7.5]), -2.5);
});
