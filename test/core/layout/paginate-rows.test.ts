import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paginateRows } from '../../../electron/core/layout/paginate-rows.ts';

const rows = (n: number, height = 20) => Array.from({ length: n }, () => height);

test('rows fill each page in turn; the last row needs room for the notes as well', () => {
  assert.deepEqual(paginateRows(rows(10), { first: 100, next: 200, lastExtra: 0 }), [5, 5]);
  assert.deepEqual(paginateRows(rows(10), { first: 200, next: 200, lastExtra: 0 }), [10]);
  assert.deepEqual(paginateRows(rows(10), { first: 200, next: 200, lastExtra: 1 }), [8, 2], 'the notes push the last row over, and it takes a companion');
});

test('a continuation page never holds a single row when the page before can spare one', () => {
  assert.deepEqual(paginateRows(rows(11), { first: 200, next: 400, lastExtra: 0 }), [9, 2]);
  assert.deepEqual(paginateRows(rows(3), { first: 40, next: 400, lastExtra: 0 }), [2, 1], 'the first page keeps its two rows');
});

test('the first page may hold no row (the table then waits for the next page); later pages always take one', () => {
  assert.deepEqual(paginateRows(rows(3), { first: 10, next: 400, lastExtra: 0 }), [0, 3]);
  assert.deepEqual(paginateRows([20, 500, 20], { first: 100, next: 300, lastExtra: 0 }), [1, 1, 1]);
  assert.deepEqual(paginateRows([], { first: 100, next: 300, lastExtra: 50 }), [0]);
});
