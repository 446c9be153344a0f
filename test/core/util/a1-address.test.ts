import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cellAddress, columnLetters, formatCells, parseAddress } from '../../../electron/core/util/a1-address.ts';

test('a full rectangle is one range, a single cell stays a cell', () => {
  assert.equal(formatCells(['C5', 'D5', 'E5', 'F5']), 'C5:F5');
  assert.equal(formatCells(['F7', 'C5', 'D5', 'E5', 'F5', 'C6', 'D6', 'E6', 'F6', 'C7', 'D7', 'E7']), 'C5:F7');
  assert.equal(formatCells(['B3']), 'B3');
  assert.equal(formatCells(['Z9', 'AA9', 'AB9']), 'Z9:AB9');
});

test('anything else reads row by row in runs', () => {
  assert.equal(formatCells(['C6', 'D6', 'F6']), 'C6:D6、F6');
  assert.equal(formatCells(['C5', 'C6', 'C8']), 'C5、C6、C8');
});

test('no cells and non-A1 addresses are kept as they are', () => {
  assert.equal(formatCells([]), '');
  assert.equal(formatCells(['第3行', 'C5']), '第3行、C5');
});

test('addresses and column letters, both ways', () => {
  assert.deepEqual([0, 8, 25, 26, 51, 52, 16383].map(columnLetters), ['A', 'I', 'Z', 'AA', 'AZ', 'BA', 'XFD']);
  assert.equal(cellAddress(4, 2), 'C5');
  assert.deepEqual(parseAddress('$XFD$1048576'), { row: 1048575, col: 16383 });
  assert.equal(parseAddress('R1C1'), null);
});
