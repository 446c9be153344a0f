import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFixed } from '../../../electron/core/format/format-fixed.ts';

test('fixed decimals, half away from zero, no separators', () => {
  assert.equal(formatFixed(2.25, 2), '2.25');
  assert.equal(formatFixed(2, 2), '2.00');
  assert.equal(formatFixed(1.005, 2), '1.01');
  assert.equal(formatFixed(0.05, 1), '0.1');
  assert.equal(formatFixed(0.04, 1), '0.0');
  assert.equal(formatFixed(-3.05, 1), '-3.1');
  assert.equal(formatFixed(-0.04, 1), '0.0');
  assert.equal(formatFixed(10402, 0), '10402');
  assert.equal(formatFixed(1234567.891, 2), '1234567.89');
});
