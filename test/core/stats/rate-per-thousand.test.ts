import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ratePerThousand } from '../../../electron/core/stats/rate-per-thousand.ts';

test('Weinan 2025Q1: 10402 donations on 4 619 000 residents → 2.25‰', () => {
  assert.equal(ratePerThousand(9960 + 442, 4619000), 2.25);
});

test('values exactly on .xx5 round up, just below round down', () => {
  assert.equal(ratePerThousand(451, 200000), 2.26); // 2.255 (binary float would give 2.25)
  assert.equal(ratePerThousand(201, 200000), 1.01); // 1.005 (toFixed gives 1.00)
  assert.equal(ratePerThousand(4489, 2000000), 2.24); // 2.2445
  assert.equal(ratePerThousand(4499, 2000000), 2.25); // 2.2495
  assert.equal(ratePerThousand(0, 205100), 0);
});

test('no rate without a population', () => {
  assert.equal(ratePerThousand(10402, null), null);
  assert.equal(ratePerThousand(10402, 0), null);
});
