/**
 * Each file is parsed where it can be stopped: a file that hangs the reader or exhausts its heap becomes one
 * Chinese problem, the worker is replaced, and the next file still reads. No timing is asserted: the hang
 * case uses a worker that never answers, the memory case a limit far below what the file needs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { boundedParser, recordsLimits } from '../../../electron/core/import/bounded-parser.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDonationExport } from '../../bench/make-donation-export.ts';
import { parseInput } from '../../../electron/core/import/parse-input.ts';
import { importInputsBounded } from '../../../electron/core/pipeline/import-inputs-bounded.ts';
import { openStore } from '../../../electron/core/store/open-store.ts';
import { PROFILE } from './parse-fixture.ts';

const SAMPLE_NAME = 'templates/sample/data/临渭区/临渭区2025年1月采血统计.xlsx';
const SAMPLE = { name: SAMPLE_NAME, bytes: readFileSync(new URL(`../../../${SAMPLE_NAME}`, import.meta.url)) };
const SPIN = new URL('./spin-worker.ts', import.meta.url);

/** A county sheet of `rows` collection sites: reading it needs far more than 32 MB of heap. */
function manyRows(rows: number): Uint8Array {
  const aoa: unknown[][] = [['华阴市2025年4月无偿献血采血情况'], ['采血点', '全血人次', '全血采集量(U)', '机采血小板人次', '机采血小板治疗量']];
  for (let i = 0; i < rows; i += 1) aoa.push([`采血点${i}`, 1, 1.5, 0, 0]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa, { dense: true } as XLSX.AOA2SheetOpts), '4月');
  return XLSX.write(book, { bookType: 'xlsx', type: 'buffer', compression: true }) as Buffer;
}

test('the worker gives exactly what parseInput gives', async () => {
  const parser = boundedParser();
  try {
    assert.deepEqual(await parser.parse(SAMPLE, PROFILE), parseInput(SAMPLE, PROFILE));
  } finally {
    await parser.close();
  }
});

test('a file whose reading never ends is stopped after the time limit with the issue\'s message', async () => {
  const parser = boundedParser({ seconds: 1, heapMb: 200 }, SPIN);
  try {
    const result = await parser.parse({ name: '坏文件.xlsx', bytes: new Uint8Array([1, 2, 3]) }, PROFILE);
    assert.deepEqual(result, { ok: false, problems: [{ file: '坏文件.xlsx', message: '文件已损坏或过于复杂，无法在1秒内读取，未导入任何数据：请用 Excel 或 WPS 打开确认后重新保存（删去多余的工作表和空行），或请报送单位重新发送。' }] });
  } finally {
    await parser.close();
  }
});

test('a file that exhausts the heap is refused, the worker replaced, and the batch goes on to store the next file', async () => {
  const store = openStore(':memory:');
  const parser = boundedParser({ seconds: 120, heapMb: 32 });
  const seen: string[] = [];
  try {
    const report = await importInputsBounded(store, PROFILE, [{ name: '华阴市2025年4月-百万行.xlsx', bytes: manyRows(100_000) }, SAMPLE], { replace: false, now: new Date('2025-04-11T01:00:00Z') }, parser, { onFile: (r) => seen.push(`${r.file} ${r.status}`) });
    assert.deepEqual(seen, ['华阴市2025年4月-百万行.xlsx rejected', `${SAMPLE_NAME} imported`]);
    assert.equal(report.ok, false);
    assert.equal(report.files[0]!.problems[0]!.message, '文件已损坏或过于复杂，读取所需内存超过 32 MB，未导入任何数据：请用 Excel 或 WPS 打开确认后重新保存（删去多余的工作表和空行），或请报送单位重新发送。');
    assert.deepEqual(report.files[1]!.counties, ['临渭区']);
    assert.equal(report.files[1]!.added, 1);
  } finally {
    await parser.close();
    store.close();
  }
});

test('a streamed records export is bounded by its size: 1 s per 4 MB of CSV, 1 s per MB of .xlsx, over the general limit, in a 128 MB heap', () => {
  const mb = 1024 * 1024;
  assert.deepEqual(recordsLimits({ seconds: 10, heapMb: 400 }, { bytes: 87 * mb, csv: true }), { seconds: 32, heapMb: 128, youngMb: 8 });
  assert.deepEqual(recordsLimits({ seconds: 10, heapMb: 400 }, { bytes: 51 * mb, csv: false }), { seconds: 61, heapMb: 128, youngMb: 8 });
  assert.deepEqual(recordsLimits({ seconds: 3, heapMb: 100 }, { bytes: 2 * mb, csv: true }), { seconds: 4, heapMb: 100, youngMb: 8 });
});

test('a records export over 2 MB read from disk goes through the row stream in the worker and stores its 33 county-months', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bb-stream-'));
  const parser = boundedParser();
  try {
    const { csv } = await writeDonationExport(dir, 30_000);
    const bytes = new Uint8Array(readFileSync(csv));
    assert.ok(bytes.length >= 2 * 1024 * 1024);
    const result = await parser.parse({ name: csv, bytes, path: csv }, PROFILE);
    assert.ok(result.ok, result.ok ? '' : result.problems[0]?.message);
    if (!result.ok) return;
    assert.equal(result.value.collections.length, 33);
    assert.equal(result.value.collections.reduce((n, r) => n + r.wholeBloodDonors + r.plateletDonors, 0), 30_000);
    assert.deepEqual(result.value.notices.map((n) => n.message), ['按献血记录逐条读取30000条，汇总为33个区县月']);
  } finally {
    await parser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
