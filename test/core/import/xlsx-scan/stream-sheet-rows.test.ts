/**
 * The row stream gives the rows the whole-file reader gives: small generated .xlsx (exceljs and SheetJS
 * writers: shared and inline strings, numbers, dates, booleans, formulas with and without cached results,
 * hidden sheets, a cell far down) and CSV in each encoding the project reads, compared cell by cell.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as XLSX from '@e965/xlsx';
import { streamSheetRows, type ScannedCell, type ScannedRow } from '../../../../electron/core/import/xlsx-scan/stream-sheet-rows.ts';
import { readSheets } from '../../../../electron/core/import/read-sheets.ts';
import { parseCsv } from '../../../../electron/core/import/parse-csv.ts';
import { parseAddress } from '../../../../electron/core/util/a1-address.ts';
import type { GridCell, SheetGrid } from '../../../../electron/core/import/sheet-grid.ts';
import { xlsxBook } from '../../../fixtures/lib/workbook-spec.ts';

const dir = mkdtempSync(join(tmpdir(), 'bb-stream-'));

async function streamed(path: string): Promise<{ name: string; rows: ScannedRow[] }[]> {
  const sheets: { name: string; rows: ScannedRow[] }[] = [];
  for await (const sheet of streamSheetRows(path)) {
    const rows: ScannedRow[] = [];
    for await (const row of sheet.rows) rows.push(row);
    sheets.push({ name: sheet.sheetName, rows });
  }
  return sheets;
}

/** What the stream should give for a grid cell: the same value, typed. */
function expected(cell: GridCell | undefined): ScannedCell {
  if (cell === undefined || cell.value === null) return cell?.error ?? null;
  if (typeof cell.value === 'number') return cell.date ? { excelDate: cell.value } : cell.value;
  if (cell.value === 'TRUE' || cell.value === 'FALSE') return cell.value === 'TRUE';
  return cell.value;
}

function trimmed(cells: readonly ScannedCell[]): ScannedCell[] {
  const out = [...cells];
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** The grid's rows and its far stray cells (the stream gives every cell; what is far from the table is the reader's call). */
function gridRows(grid: SheetGrid): [number, ScannedCell[]][] {
  const rows = grid.rows.map((row) => [...row]);
  for (const stray of grid.strays ?? []) {
    const at = parseAddress(stray.address)!;
    (rows[at.row] ??= [])[at.col] = stray.cell;
  }
  return rows.flatMap((row, r) => {
    const cells = trimmed(Array.from({ length: row.length }, (_, c) => expected(row[c])));
    return cells.length > 0 ? [[r, cells] as [number, ScannedCell[]]] : [];
  });
}

async function assertSameAsWholeFile(name: string, bytes: Uint8Array): Promise<void> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const whole = readSheets({ name, bytes });
  assert.ok(whole.ok);
  const stream = await streamed(path);
  assert.deepEqual(stream.map((s) => s.name), whole.value.sheets.map((s) => s.name));
  stream.forEach((sheet, i) => {
    const rows = sheet.rows.map((row) => [row.index, trimmed(row.cells)] as [number, ScannedCell[]]).filter(([, cells]) => cells.length > 0);
    assert.deepEqual(rows, gridRows(whole.value.sheets[i]!), `${name} ${sheet.name}`);
  });
}

test('an exceljs workbook streams the rows the whole-file reader reads (strings, numbers, dates, formulas, hidden sheet)', async () => {
  const bytes = await xlsxBook([
    { name: '4月', rows: [['华阴市2025年4月'], ['采血点', '人次', '月份', '备注'], ['献血屋', 120, new Date(Date.UTC(2025, 3, 1)), 'A&B <c>'], ['合计', { formula: 'SUM(B3:B3)', result: 120 }, null, { formula: 'B4*2' }]], merges: ['A1:D1'] },
    { name: '隐藏', hidden: true, rows: [['x', 1.5, -2e-7]] },
  ]);
  await assertSameAsWholeFile('exceljs.xlsx', bytes);
  const [first] = await streamed(join(dir, 'exceljs.xlsx'));
  assert.deepEqual(first!.rows[2], { index: 2, cells: ['献血屋', 120, { excelDate: 45748 }, 'A&B <c>'] });
});

test('a SheetJS workbook with inline strings, booleans, an error and a cell 5000 rows down streams the same rows', async () => {
  const sheet = XLSX.utils.aoa_to_sheet([['区县', '人次', '有效'], ['临渭区', 10, true], ['华州区', 0, false]]);
  sheet.B3 = { t: 'e', v: 0x17 };
  XLSX.utils.sheet_add_aoa(sheet, [['far']], { origin: 'B5000' });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '台账');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['第二张', 3]]), 'Sheet2');
  await assertSameAsWholeFile('sheetjs.xlsx', XLSX.write(book, { bookType: 'xlsx', type: 'buffer' }) as Buffer);
  await assertSameAsWholeFile('sheetjs-inline.xlsx', XLSX.write(book, { bookType: 'xlsx', type: 'buffer', bookSST: false }) as Buffer);
  const [ledger] = await streamed(join(dir, 'sheetjs.xlsx'));
  assert.deepEqual(ledger!.rows.at(-1), { index: 4999, cells: [null, 'far'] });
});

const CSV = '区县,人次,备注\r\n临渭区,"1,023","说""多""了"\r\n\r\n华州区,5,"两\n行"\n蒲城县,7,末行无换行';

test('CSV streams parseCsv rows in UTF-8, UTF-8 with BOM, GB18030 and UTF-16LE with BOM', async () => {
  const want = parseCsv(CSV).map((cells, index) => ({ index, cells }));
  const encodings: [string, Uint8Array][] = [
    ['utf8.csv', Buffer.from(CSV)],
    ['bom.csv', Buffer.from(`\ufeff${CSV}`)],
    ['gbk.csv', iconv.encode(CSV, 'gbk')],
    ['unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV.replace(/,/g, '\t'), 'utf16le')])],
  ];
  for (const [name, bytes] of encodings) {
    writeFileSync(join(dir, name), bytes);
    const [sheet, ...others] = await streamed(join(dir, name));
    assert.equal(others.length, 0);
    assert.equal(sheet!.name, name.replace(/\.\w+$/, ''));
    assert.deepEqual(sheet!.rows, name.endsWith('.txt') ? parseCsv(CSV.replace(/,/g, '\t')).map((cells, index) => ({ index, cells })) : want, name);
  }
});

test('a CSV of many pieces (a quoted field and a CRLF across the 1 MB reads) streams the same rows as parseCsv', async () => {
  const line = (i: number) => `临渭区${i},${i},"备注,""${i}""\r\n第二行"\r\n`;
  const text = Array.from({ length: 60_000 }, (_, i) => line(i)).join('');
  writeFileSync(join(dir, 'big.csv'), iconv.encode(text, 'gbk'));
  const [sheet] = await streamed(join(dir, 'big.csv'));
  assert.equal(sheet!.rows.length, 60_000);
  assert.deepEqual(sheet!.rows.map((r) => r.cells), parseCsv(text));
});

test('leaving the rows early stops the sheet; a workbook the stream cannot read is refused in Chinese', async () => {
  const rows = Array.from({ length: 3000 }, (_, i) => [`采血点${i}`, i]);
  writeFileSync(join(dir, 'many.xlsx'), await xlsxBook([{ name: '台账', rows }, { name: '第二张', rows: [['x', 1]] }]));
  const seen: string[] = [];
  for await (const sheet of streamSheetRows(join(dir, 'many.xlsx'))) {
    let count = 0;
    for await (const row of sheet.rows) { if (++count === 10) { assert.deepEqual(row, { index: 9, cells: ['采血点9', 9] }); break; } }
    seen.push(`${sheet.sheetName}:${count}`);
  }
  assert.deepEqual(seen, ['台账:10', '第二张:1']);
  writeFileSync(join(dir, 'prefixed.xlsx'), prefixedWorkbook());
  await assert.rejects(streamed(join(dir, 'prefixed.xlsx')), /无法逐行读取/);
});

/** A workbook whose sheet uses the x: prefix (as some report generators write): only SheetJS reads it. */
function prefixedWorkbook(): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['区县', 1]]), 'S');
  const zip = XLSX.CFB.read(XLSX.write(book, { bookType: 'xlsx', type: 'buffer' }) as Buffer, { type: 'buffer' });
  const i = zip.FullPaths.findIndex((p: string) => p.endsWith('xl/worksheets/sheet1.xml'));
  const xml = Buffer.from(zip.FileIndex[i]!.content as Uint8Array).toString('utf8');
  zip.FileIndex[i]!.content = Buffer.from(xml.replace(/<(\/?)(worksheet|sheetData|row|c|v|dimension|sheetViews|sheetView|pageMargins|sheetFormatPr|cols|col)\b/g, '<$1x:$2').replace('xmlns=', 'xmlns:x='));
  return XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer' }) as Buffer;
}
