import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from '../../../electron/core/import/parse-csv.ts';

test('quoted fields keep commas, doubled quotes and line breaks; CRLF ends rows', () => {
  assert.deepEqual(parseCsv('采血点,"全血\n人次",备注\r\n献血屋,"1,023","说""多""了"\r\n'), [
    ['采血点', '全血\n人次', '备注'],
    ['献血屋', '1,023', '说"多"了'],
  ]);
});

test('values are kept as typed: no dates, no numbers', () => {
  assert.deepEqual(parseCsv('月份,人次\n2025-01,0120'), [['月份', '人次'], ['2025-01', '0120']]);
});

test('a tab-separated file is recognised by its first line', () => {
  assert.deepEqual(parseCsv('区县\t人次\n华阴\t5'), [['区县', '人次'], ['华阴', '5']]);
});
