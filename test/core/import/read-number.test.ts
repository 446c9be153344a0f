import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readNumber } from '../../../electron/core/import/read-number.ts';

test('numbers stored as text: thousands separators, stray spaces, full-width digits', () => {
  assert.deepEqual(readNumber({ value: '1,023 ' }), { ok: true, value: 1023, empty: false });
  assert.deepEqual(readNumber({ value: '１０２３' }), { ok: true, value: 1023, empty: false });
  assert.deepEqual(readNumber({ value: '１，０２３．５' }), { ok: true, value: 1023.5, empty: false });
  assert.deepEqual(readNumber({ value: 12.5 }), { ok: true, value: 12.5, empty: false });
});

test('empty and dash placeholders are 0', () => {
  assert.deepEqual(readNumber({ value: null }), { ok: true, value: 0, empty: true });
  for (const dash of ['-', '—', '——', '－', '/']) assert.deepEqual(readNumber({ value: dash }), { ok: true, value: 0, empty: false }, dash);
});

test('junk, negatives, error values and uncalculated formulas are refused', () => {
  const refused = (cell: Parameters<typeof readNumber>[0]) => { const r = readNumber(cell); assert.equal(r.ok, false); return r.ok ? '' : r.message; };
  assert.match(refused({ value: '约30' }), /“约30”不是数字/);
  assert.match(refused({ value: -3 }), /负数/);
  assert.match(refused({ value: '-3' }), /负数/);
  assert.match(refused({ value: '1,02' }), /不是数字/);
  assert.match(refused({ value: null, error: '#REF!' }), /#REF!/);
  assert.match(refused({ value: null, formula: 'SUM(C5:C7)', uncached: true }), /=SUM\(C5:C7\).*没有保存计算结果/);
});

test('binary noise of cached formula results is removed', () => {
  assert.deepEqual(readNumber({ value: 1022.9999999999998 }), { ok: true, value: 1023, empty: false });
});
