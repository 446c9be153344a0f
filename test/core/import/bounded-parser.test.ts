/**
 * Each file is parsed where it can be stopped: a file that hangs the reader or exhausts its heap becomes one
 * Chinese problem, the worker is replaced, and the next file still reads. No timing is asserted: the hang
 * case uses a worker that never answers, the memory case a limit far below what the file needs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { boundedParser } from '../../../electron/core/import/bounded-parser.ts';
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
    const report = await importInputsBounded(store, PROFILE, [{ name: '华阴市2025年4月-百万行.xlsx', bytes: manyRows(40_000) }, SAMPLE], { replace: false, now: new Date('2025-04-11T01:00:00Z') }, parser, { onFile: (r) => seen.push(`${r.file} ${r.status}`) });
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
