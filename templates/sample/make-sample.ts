/**
 * Writes the built-in sample set under templates/sample/data/: what a station really receives for
 * 2024-01 … 2025-03, in the layouts counties use (title rows, two-level merged headers, site rows plus 合计,
 * a quarterly workbook with one sheet per month, GBK CSV with volumes in ml, a legacy .xls with months as rows)
 * and the supply department's monthly hospital sheets. Run: node templates/sample/make-sample.ts
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { stableZip } from '../../electron/core/util/stable-zip.ts';
import { COUNTY_Q1_2025, countyMonth, supplyMonth, type SiteFigures } from './sample-figures.ts';

const DATA = join(dirname(fileURLToPath(import.meta.url)), 'data');
const MONTHS = [...Array.from({ length: 12 }, (_, i) => [2024, i + 1]), [2025, 1], [2025, 2], [2025, 3]] as const;
// A fixed time for workbook metadata, so regenerating gives the same figures and stable files.
const WRITTEN = new Date(Date.UTC(2025, 3, 3, 0, 0, 0));
const QUARTER_NAMES = ['一', '二', '三', '四'];

type Row = (string | number | null)[];

async function main(): Promise<void> {
  await rm(DATA, { recursive: true, force: true });
  for (const county of Object.keys(COUNTY_Q1_2025)) await writeCounty(county);
  for (const [year, month] of MONTHS) await writeSupply(year, month);
}

async function writeCounty(county: string): Promise<void> {
  if (county === '华阴市') return writeQuarterWorkbooks(county);
  if (county === '白水县') return writeXlsQuarters(county);
  for (const [year, month] of MONTHS) {
    const sites = countyMonth(county, year, month);
    if (county === '潼关县') await save(`${county}/${county}${year}年${month}月采血情况.csv`, gbkCsv(sites));
    else await save(`${county}/${county}${year}年${month}月采血统计.xlsx`, await monthlyWorkbook(county, year, month, sites));
  }
}

/** The common county layout: title, 统计月份, a two-level merged header, one row per site, a 合计 row with SUM formulas. */
async function monthlyWorkbook(county: string, year: number, month: number, sites: SiteFigures[]): Promise<Buffer> {
  const book = newBook();
  addMonthSheet(book, '采血统计', `${county}${year}年${month}月无偿献血采集情况统计表`, `${year}年${month}月`, sites, county === '大荔县');
  return xlsxBytes(book);
}

function addMonthSheet(book: ExcelJS.Workbook, name: string, title: string, monthText: string, sites: SiteFigures[], asText: boolean): void {
  const sheet = book.addWorksheet(name);
  sheet.addRow([title]);
  sheet.mergeCells('A1:F1');
  sheet.addRow(['填报单位：献血办', null, null, null, `统计月份：${monthText}`]);
  sheet.addRow(['采血地点', '全血', null, '机采血小板', null, '备注']);
  sheet.addRow([null, '人次', '单位(U)', '人次', '治疗量', null]);
  ['A3:A4', 'B3:C3', 'D3:E3', 'F3:F4'].forEach((range) => sheet.mergeCells(range));
  // 大荔县 types its numbers as text with thousands separators — a real habit the import must absorb.
  sites.forEach((s) => sheet.addRow([s.site, ...figures(s).map((n) => (asText ? textNumber(n) : n)), null]));
  const first = 5;
  const last = first + sites.length - 1;
  const total = sheet.addRow(['合计']);
  ['B', 'C', 'D', 'E'].forEach((col, i) => {
    total.getCell(col).value = { formula: `SUM(${col}${first}:${col}${last})`, result: sum(sites, i) } as ExcelJS.CellFormulaValue;
  });
  sheet.addRow([]);
  sheet.addRow(['填报人：王××    审核人：李××']);
  sheet.columns.forEach((c) => { c.width = 14; });
}

/** 华阴市 sends one workbook per quarter with a sheet per month ("1月", "2月", "3月"). */
async function writeQuarterWorkbooks(county: string): Promise<void> {
  for (let i = 0; i < MONTHS.length; i += 3) {
    const [year, firstMonth] = MONTHS[i];
    const q = Math.floor((firstMonth - 1) / 3) + 1;
    const book = newBook();
    for (const month of [firstMonth, firstMonth + 1, firstMonth + 2]) {
      addMonthSheet(book, `${month}月`, `${county}无偿献血采集情况统计表（${year}年${month}月）`, `${year}年${month}月`, countyMonth(county, year, month), false);
    }
    await save(`${county}/${county}${year}年第${QUARTER_NAMES[q - 1]}季度采血统计.xlsx`, await xlsxBytes(book));
  }
}

/** 白水县 still uses an old .xls: one sheet per quarter, the months as rows, no per-site detail. */
async function writeXlsQuarters(county: string): Promise<void> {
  for (let i = 0; i < MONTHS.length; i += 3) {
    const [year, firstMonth] = MONTHS[i];
    const q = Math.floor((firstMonth - 1) / 3) + 1;
    const rows: Row[] = [[`${county}${year}年第${QUARTER_NAMES[q - 1]}季度无偿献血采集情况`], ['月份', '全血人次', '全血单位(U)', '单采血小板人次', '治疗量']];
    for (const month of [firstMonth, firstMonth + 1, firstMonth + 2]) rows.push([`${year}年${month}月`, ...totalsOf(countyMonth(county, year, month))]);
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Sheet1');
    await save(`${county}/${county}${year}年第${QUARTER_NAMES[q - 1]}季度.xls`, XLSX.write(book, { bookType: 'biff8', type: 'buffer' }) as Buffer);
  }
}

/** 潼关县 exports CSV from a GBK Windows PC and reports whole blood in ml (200 ml = 1 U). */
function gbkCsv(sites: SiteFigures[]): Buffer {
  const lines = [['采血地点', '全血人次', '全血量(ml)', '机采人次', '治疗量'],
    ...sites.map((s) => [s.site, s.wholeBloodDonors, s.wholeBloodUnits * 200, s.plateletDonors, s.plateletDoses]),
    ['合计', ...[0, 1, 2, 3].map((i) => (i === 1 ? sum(sites, i) * 200 : sum(sites, i)))]];
  return iconv.encode(`${lines.map((l) => l.join(',')).join('\r\n')}\r\n`, 'gbk');
}

/** The supply department's month: one row per hospital (some written by alias), plasma in ml, and a 合计 row. */
async function writeSupply(year: number, month: number): Promise<void> {
  const city = Object.keys(COUNTY_Q1_2025).map((c) => totalsOf(countyMonth(c, year, month)));
  const hospitals = supplyMonth(city.reduce((a, t) => a + t[1], 0), city.reduce((a, t) => a + t[3], 0), year, month);
  const book = newBook();
  const sheet = book.addWorksheet('发血统计');
  sheet.addRow([`${year}年${month}月各医疗机构血液发放统计表`]);
  sheet.mergeCells('A1:E1');
  sheet.addRow(['医院名称', '红细胞类(U)', '血浆(ml)', '单采血小板(治疗量)', '冷沉淀(U)']);
  hospitals.forEach((h) => sheet.addRow([h.hospital, h.redCellsU, h.plasmaMl, h.plateletDoses, h.cryoU]));
  const totals = ['redCellsU', 'plasmaMl', 'plateletDoses', 'cryoU'] as const;
  sheet.addRow(['合计', ...totals.map((k) => hospitals.reduce((a, h) => a + h[k], 0))]);
  sheet.columns.forEach((c) => { c.width = 18; });
  await save(`供血科/${year}年${month}月医院用血统计.xlsx`, await xlsxBytes(book));
}

function newBook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = '渭南市中心血站（示例数据）';
  book.created = WRITTEN;
  book.modified = WRITTEN;
  return book;
}

async function xlsxBytes(book: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(stableZip(new Uint8Array(await book.xlsx.writeBuffer()), WRITTEN));
}

function figures(s: SiteFigures): number[] {
  return [s.wholeBloodDonors, s.wholeBloodUnits, s.plateletDonors, s.plateletDoses];
}

function totalsOf(sites: SiteFigures[]): number[] {
  return [0, 1, 2, 3].map((i) => sum(sites, i));
}

function sum(sites: SiteFigures[], index: number): number {
  return sites.reduce((acc, s) => acc + figures(s)[index], 0);
}

function textNumber(n: number): string {
  return `${n.toLocaleString('en-US')} `;
}

async function save(relative: string, bytes: Buffer): Promise<void> {
  const path = join(DATA, relative);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
}

await main();
