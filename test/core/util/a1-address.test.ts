import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cellAddress, columnLetters, parseAddress } from '../../../electron/core/util/a1-address.ts';

test('addresses and column letters, both ways', () => {
  assert.deepEqual([0, 8, 25, 26, 51, 52, 16383].map(columnLetters), ['A', 'I', 'Z', 'AA', 'AZ', 'BA', 'XFD']);
  assert.equal(cellAddress(4, 2), 'C5');
  assert.deepEqual(parseAddress('$XFD$1048576'), { row: 1048575, col: 16383 });
  assert.equal(parseAddress('R1C1'), null);
});
