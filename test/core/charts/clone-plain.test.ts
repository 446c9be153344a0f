import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clonePlain } from '../../../electron/core/charts/clone-plain.ts';

test('plain objects and arrays are copied deeply, functions kept by reference', () => {
  const fn = () => 1;
  const value = { a: [1, { b: 2 }], f: fn, d: new Date(0) };
  const copy = clonePlain(value);
  assert.deepEqual(copy, value);
  assert.notEqual(copy.a, value.a);
  assert.notEqual(copy.a[1], value.a[1]);
  assert.equal(copy.f, fn);
  assert.equal(copy.d, value.d);
});
