import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { tablesXlsx } from '../../../electron/core/tables-xlsx/tables-xlsx.ts';
import { countyTable, hospitalTable } from './fixture-tables.ts';

const CREATED = new Date(Date.UTC(2025, 3, 11, 2, 0, 0));
const META = { title: '2025年第一季度血液采集与供应汇总表', subtitle: '渭南市中心血站', creationDate: CREATED };

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

const bytes = await tablesXlsx([countyTable(), hospitalTable()], META);
const book = await readBack(bytes);
const county = book.worksheets[0];

test('one worksheet per table, named after its title', () => {
  assert.deepEqual(book.worksheets.map((s) => s.name), ['表1 2025年第一季度各区县采血情况', '表2 2025年第一季度各医疗机构供血情况']);
});

test('title and unit lines are merged across the table; header spans become merged cells', () => {
  assert.deepEqual(county.model.merges, ['A1:I1', 'A2:I2', 'D3:E3', 'F3:G3', 'A3:A4', 'B3:B4', 'C3:C4', 'H3:H4', 'I3:I4', 'A9:I9', 'A10:I10']);
  assert.equal(county.getCell('A1').value, '表1  2025年第一季度各区县采血情况');
  assert.equal(county.getCell('A2').value, '单位：万人、人次、U、‰');
  assert.equal(county.getCell('A2').alignment.horizontal, 'right');
  assert.deepEqual([3, 4].map((r) => (county.getRow(r).values as unknown[]).slice(1)), [
    ['区县', '常住人口', '献血人次', '全血', '全血', '单采血小板', '单采血小板', '千人口献血率', '同比'],
    ['区县', '常住人口', '献血人次', '人次', 'U', '人次', '治疗量', '千人口献血率', '同比'],
  ]);
  assert.equal(county.getCell('E3').master.address, 'D3');
});

test('figures are numbers with the column number formats, not text', () => {
  const row = county.getRow(5);
  assert.deepEqual([2, 3, 5, 8, 9].map((c) => [row.getCell(c).type, row.getCell(c).value, row.getCell(c).numFmt]), [
    [ExcelJS.ValueType.Number, 91.8, '0.0'],
    [ExcelJS.ValueType.Number, 4077, '0'],
    [ExcelJS.ValueType.Number, 7038, '0.0'],
    [ExcelJS.ValueType.Number, 4.44, '0.00'],
    [ExcelJS.ValueType.Number, 0.052, '0.0%'],
  ]);
  assert.equal(row.getCell(1).value, '临渭区');
  assert.equal(county.getCell('I7').value, '—', 'a missing 同比 keeps its printed placeholder');
});

test('the total row is bold; body in 仿宋, header in 黑体, title in 宋体; thin borders', () => {
  assert.equal(county.getCell('A8').value, '全市');
  assert.equal(county.getCell('C8').font.bold, true);
  assert.notEqual(county.getCell('C7').font.bold, true);
  assert.equal(county.getCell('C7').font.name, '仿宋');
  assert.equal(county.getCell('D4').font.name, '黑体');
  assert.equal(county.getCell('A1').font.name, '宋体');
  assert.equal(county.getCell('C7').border.left?.style, 'thin');
  assert.equal(county.getCell('E3').border.top?.style, 'thin');
});

test('说明 notes sit under the table, merged and wrapped', () => {
  assert.equal(county.getCell('A9').value, '说明：数据来源：各区县采血点月报表，按采血地点统计。');
  assert.match(String(county.getCell('A10').value), /^\u3000{3}千人口献血率＝献血人次÷常住人口/);
  assert.equal(county.getCell('A10').alignment.wrapText, true);
});

test('print setup: A4 landscape, one page wide, print area and repeated header rows', () => {
  const setup = county.pageSetup;
  assert.deepEqual([setup.paperSize, setup.orientation, setup.fitToPage, setup.fitToWidth, setup.fitToHeight], [9, 'landscape', true, 1, 0]);
  assert.equal(setup.printArea, 'A1:I10');
  assert.equal(setup.printTitlesRow, '3:4');
  assert.equal(book.worksheets[1].pageSetup.printArea, 'A1:F7');
  assert.equal(book.worksheets[1].pageSetup.printTitlesRow, '3:3');
  assert.equal(county.headerFooter.oddFooter, '&C— &P —');
});

test('column widths follow the weights', () => {
  assert.deepEqual(county.columns.map((c) => c.width), [22.1, 14.7, 14.7, 14.7, 14.7, 14.7, 14.7, 14.7, 14.7]);
});

test('workbook and zip entry dates come from the given date, so two writes are byte-identical', async () => {
  assert.deepEqual(book.created, CREATED);
  assert.equal(book.title, META.title);
  const zip = await JSZip.loadAsync(bytes);
  const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString()));
  assert.deepEqual([...dates], [CREATED.toISOString()]);
  assert.deepEqual(Buffer.from(await tablesXlsx([countyTable(), hospitalTable()], META)), Buffer.from(bytes));
});

test('another date gives other bytes', async () => {
  const later = await tablesXlsx([countyTable(), hospitalTable()], { ...META, creationDate: new Date(Date.UTC(2025, 6, 10)) });
  assert.notDeepEqual(Buffer.from(later), Buffer.from(bytes));
});

test('no tables is refused in Chinese', async () => {
  await assert.rejects(tablesXlsx([], META), /没有可导出的汇总表/);
});
