import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseInput } from '../../../../electron/core/import/parse-input.ts';
import { createHash } from 'node:crypto';
import { parseRecordsStream, streamedFile, RECORDS_STREAM_BYTES, type StreamedFile } from '../../../../electron/core/import/records/parse-records-stream.ts';
import { PROFILE } from '../parse-fixture.ts';
import { writeDonationExport } from '../../../bench/make-donation-export.ts';
import { THIRTY_ROWS, exportCsv } from './donation-export.ts';

/** A file on disk as the bounded parser hands it to the row stream. */
function streamed(path: string): StreamedFile {
  const bytes = readFileSync(path);
  return { name: path, path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, csv: path.endsWith('.csv') };
}

function withDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'bb-records-'));
  return run(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

test('the row stream and the whole-grid reader give the same county-months for the bench’s export, .xlsx and CSV', () => withDir(async (dir) => {
  const { csv, xlsx } = await writeDonationExport(dir, 3300);
  for (const path of [csv, xlsx]) {
    const file = { name: path, bytes: new Uint8Array(readFileSync(path)), path };
    const whole = parseInput(file, PROFILE);
    const read = await parseRecordsStream(streamed(path), PROFILE);
    assert.ok(whole.ok && read?.ok, path);
    if (!whole.ok || !read?.ok) return;
    assert.equal(read.value.sha256, whole.value.sha256);
    // 11 counties × 3 months; 3300 rows = 100 per county-month.
    assert.equal(read.value.collections.length, 33);
    assert.deepEqual(read.value.collections, whole.value.collections);
    const first = read.value.collections[0];
    assert.equal(first.wholeBloodDonors + first.plateletDonors, 100);
    assert.deepEqual(first.sources.wholeBloodDonors.cells, ['第2–3301行']);
  }
}));

test('a streamed export with a malformed row is refused naming the row; a county sheet is not streamed (null)', () => withDir(async (dir) => {
  const rows = THIRTY_ROWS.map((r) => [...r]);
  rows[3][5] = '500';
  const path = join(dir, '2025年第一季度献血记录.csv');
  writeFileSync(path, exportCsv(rows as never));
  const bad = await parseRecordsStream(streamed(path), PROFILE);
  assert.deepEqual(bad?.ok === false && bad.problems.map((p) => [p.file, p.sheet, p.cell, p.message]), [[path, undefined, 'F5', '第5行（F5）：全血献血量“500”无法识别，应为200、300或400（ml）']]);
  const sheet = join(dir, '华阴市2025年1月.csv');
  writeFileSync(sheet, '区县,月份,全血人次,全血采集量(U)\r\n华阴市,2025-01,100,150\r\n');
  assert.equal(await parseRecordsStream(streamed(sheet), PROFILE), null);
}));

test('only large .xlsx and CSV files read from disk are streamed', () => {
  const big = new Uint8Array(RECORDS_STREAM_BYTES);
  assert.deepEqual(streamedFile({ name: 'a.csv', bytes: big, path: '/x/a.csv' }), { name: 'a.csv', path: '/x/a.csv', sha256: createHash('sha256').update(big).digest('hex'), bytes: RECORDS_STREAM_BYTES, csv: true });
  assert.equal(streamedFile({ name: 'a.csv', bytes: big }), null);
  assert.equal(streamedFile({ name: 'a.csv', bytes: big.subarray(1), path: '/x/a.csv' }), null);
  assert.equal(streamedFile({ name: 'a.xls', bytes: big, path: '/x/a.xls' }), null);
});
