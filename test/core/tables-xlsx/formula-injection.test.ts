/**
 * Names come from imported files and the profile: one typed as a formula must stay text in the exported
 * workbook (and in any CSV saved from it), never run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { neutraliseFormula } from '../../../electron/core/tables-xlsx/cell-value.ts';
import { tablesXlsx } from '../../../electron/core/tables-xlsx/tables-xlsx.ts';
import { countyTable } from './fixture-tables.ts';

test('text starting with = + - @ (also full-width, tab, CR) gets an apostrophe; printed figures and names do not', () => {
  assert.deepEqual(['=HYPERLINK("http://x","点此")', '+1+cmd', '-2+3', '@SUM(A1)', '＝1+1', '\t=1', '\r=1'].map(neutraliseFormula),
    ["'=HYPERLINK(\"http://x\",\"点此\")", "'+1+cmd", "'-2+3", "'@SUM(A1)", "'＝1+1", "'\t=1", "'\r=1"]);
  assert.deepEqual(['临渭区', '-3.2%', '+12', '-1,234.5', '—', '3.59'].map(neutraliseFormula), ['临渭区', '-3.2%', '+12', '-1,234.5', '—', '3.59']);
});

test('a county named "=HYPERLINK(…)" and a hospital "@SUM(A1)" are written as text, with no formula in the sheet XML', async () => {
  const table = countyTable();
  const rows = table.rows.map((row, i) => (i === 0 ? { ...row, cells: ['=HYPERLINK("http://evil","临渭区")', ...row.cells.slice(1)], values: ['=HYPERLINK("http://evil","临渭区")', ...(row.values ?? []).slice(1)] } : i === 1 ? { ...row, cells: ['@SUM(A1)', ...row.cells.slice(1)], values: undefined } : row));
  const bytes = await tablesXlsx([{ ...table, rows }], { title: 't', subtitle: 's', creationDate: new Date(Date.UTC(2025, 3, 11)) });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  assert.deepEqual([sheet.getCell('A5').value, sheet.getCell('A6').value], ["'=HYPERLINK(\"http://evil\",\"临渭区\")", "'@SUM(A1)"]);
  const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
  assert.ok(!xml.includes('<f>'), 'no formula element');
});
