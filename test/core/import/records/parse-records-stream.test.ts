import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseInput } from '../../../../electron/core/import/parse-input.ts';
import { parseRecordsStream, streamsRecords, RECORDS_STREAM_BYTES } from '../../../../electron/core/import/records/parse-records-stream.ts';
import { PROFILE } from '../parse-fixture.ts';
import { writeDonationExport } from '../../../bench/make-donation-export.ts';
import { THIRTY_ROWS, exportCsv } from './donation-export.ts';

function withDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'bb-records-'));
  return run(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

test('the row stream and the whole-grid reader give the same county-months for the bench’s export, .xlsx and CSV', () => withDir(async (dir) => {
  const { csv, xlsx } = await writeDonationExport(dir, 3300);
  for (const path of [csv, xlsx]) {
    const file = { name: path, bytes: new Uint8Array(readFileSync(path)), path };
    const whole = parseInput(file, PROFILE);
    const streamed = await parseRecordsStream(file, PROFILE);
    assert.ok(whole.ok && streamed?.ok, path);
    if (!whole.ok || !streamed?.ok) return;
    // 11 counties × 3 months; 3300 rows = 100 per county-month.
    assert.equal(streamed.value.collections.length, 33);
    assert.deepEqual(streamed.value.collections, whole.value.collections);
    const first = streamed.value.collections[0];
    assert.equal(first.wholeBloodDonors + first.plateletDonors, 100);
    assert.deepEqual(first.sources.wholeBloodDonors.cells, ['第2–3301行']);
  }
}));

test('a streamed export with a malformed row is refused naming the row; a county sheet is not streamed (null)', () => withDir(async (dir) => {
  const rows = THIRTY_ROWS.map((r) => [...r]);
  rows[3][5] = '500';
  const path = join(dir, '2025年第一季度献血记录.csv');
  writeFileSync(path, exportCsv(rows as never));
  const bad = await parseRecordsStream({ name: path, bytes: new Uint8Array(readFileSync(path)), path }, PROFILE);
  assert.deepEqual(bad?.ok === false && bad.problems.map((p) => [p.file, p.sheet, p.cell, p.message]), [[path, undefined, 'F5', '第5行（F5）：全血献血量“500”无法识别，应为200、300或400（ml）']]);
  const sheet = join(dir, '华阴市2025年1月.csv');
  writeFileSync(sheet, '区县,月份,全血人次,全血采集量(U)\r\n华阴市,2025-01,100,150\r\n');
  assert.equal(await parseRecordsStream({ name: sheet, bytes: new Uint8Array(readFileSync(sheet)), path: sheet }, PROFILE), null);
}));

test('only large .xlsx and CSV files read from disk are streamed', () => {
  const big = new Uint8Array(RECORDS_STREAM_BYTES);
  assert.equal(streamsRecords({ name: 'a.csv', bytes: big, path: '/x/a.csv' }), true);
  assert.equal(streamsRecords({ name: 'a.csv', bytes: big }), false);
  assert.equal(streamsRecords({ name: 'a.csv', bytes: big.subarray(1), path: '/x/a.csv' }), false);
  assert.equal(streamsRecords({ name: 'a.xls', bytes: big, path: '/x/a.xls' }), false);
});
