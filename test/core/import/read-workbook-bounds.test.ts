/**
 * Reading costs what the cells present cost, never the declared range: each case runs in a child process
 * and must stay within 300 MB (the bound; timing is left to `npm run bench`). A generous kill
 * timer only turns a hang into a failure instead of a stuck suite.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'bb-bounds-'));
const CHILD = new URL('./parse-in-child.ts', import.meta.url).pathname;
const TABLE = [
  ['华阴市2025年4月无偿献血采血情况'],
  ['采血点', '全血人次', '全血采集量(U)', '机采血小板人次', '机采血小板治疗量'],
  ['献血屋', 120, 210, 5, 8],
  ['合计', 120, 210, 5, 8],
];

/** The table as a workbook; dense sheets keep SheetJS's writer from walking a huge range. */
function book(extra: (sheet: XLSX.WorkSheet) => void, bookType: 'xlsx' | 'biff8'): Buffer {
  const sheet = XLSX.utils.aoa_to_sheet(TABLE, { dense: true } as XLSX.AOA2SheetOpts);
  extra(sheet);
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, '4月');
  return XLSX.write(workbook, { bookType, type: 'buffer' }) as Buffer;
}

/** The table as .xlsx with its sheet XML edited, as other programs write it (a declared range, a far cell). */
function patchedXlsx(edit: (xml: string) => string): Buffer {
  const zip = XLSX.CFB.read(book(() => undefined, 'xlsx'), { type: 'buffer' });
  const i = zip.FullPaths.findIndex((p: string) => p.endsWith('xl/worksheets/sheet1.xml'));
  zip.FileIndex[i]!.content = Buffer.from(edit(Buffer.from(zip.FileIndex[i]!.content as Uint8Array).toString('utf8')));
  return XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer' }) as Buffer;
}

function parseInChild(name: string, bytes: Buffer): { ok: boolean; records?: unknown[]; notices?: string[]; problems?: string[]; maxRssMb: number } {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return JSON.parse(execFileSync(process.execPath, [CHILD, path], { encoding: 'utf8', timeout: 60_000 }));
}

test('a sheet whose <dimension> declares A1:XFD1048576 reads its few cells (calamine issue_174)', () => {
  const run = parseInChild('华阴市-2025年4月-dimension.xlsx', patchedXlsx((xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')));
  assert.deepEqual(run.records, [['华阴市', '2025-04', 120]]);
  assert.deepEqual(run.notices, []);
  assert.ok(run.maxRssMb <= 300, `peak ${run.maxRssMb} MB`);
});

test('one value typed in XFD1048576 is named as lying outside the table, and the table imports', () => {
  const run = parseInChild('华阴市-2025年4月-stray.xlsx', patchedXlsx((xml) => xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')));
  assert.deepEqual(run.records, [['华阴市', '2025-04', 120]]);
  assert.deepEqual(run.notices, ['XFD1048576 XFD1048576“x”远离表格（中间隔着大片空行或空列），未读取；如不需要请删除']);
  assert.ok(run.maxRssMb <= 300, `peak ${run.maxRssMb} MB`);
});

test('an .xls with one value at IV65536 reads within bounds', () => {
  const run = parseInChild('华阴市-2025年4月-stray.xls', book((s) => XLSX.utils.sheet_add_aoa(s, [[7]], { origin: 'IV65536' }), 'biff8'));
  assert.deepEqual(run.records, [['华阴市', '2025-04', 120]]);
  assert.equal(run.notices?.length, 1);
  assert.match(run.notices![0], /^IV65536 IV65536“7”远离表格/);
  assert.ok(run.maxRssMb <= 300, `peak ${run.maxRssMb} MB`);
});
