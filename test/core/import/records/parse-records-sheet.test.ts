import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseInput } from '../../../../electron/core/import/parse-input.ts';
import type { CollectionRecord, ParsedFile, Problem } from '../../../../electron/core/model.ts';
import { PROFILE } from '../parse-fixture.ts';
import { EXPORT_HEADER, THIRTY_ROWS, exportCsv, exportXlsx, type ExportRow } from './donation-export.ts';

function parsed(name: string, bytes: Uint8Array): ParsedFile {
  const result = parseInput({ name, bytes }, PROFILE);
  if (!result.ok) assert.fail(result.problems.map((p) => `${p.cell ?? ''} ${p.message}`).join('\n'));
  return result.value;
}

function refused(name: string, bytes: Uint8Array): readonly Problem[] {
  const result = parseInput({ name, bytes }, PROFILE);
  assert.equal(result.ok, false, `${name} 应被拒绝`);
  return result.ok ? [] : result.problems;
}

const csv = (rows: readonly ExportRow[], header?: readonly string[]) => new TextEncoder().encode(exportCsv(rows, header));

function checkThirty(records: readonly CollectionRecord[]): void {
  assert.equal(records.length, 2);
  const [huayin, tongguan] = records;
  assert.deepEqual([huayin.county, huayin.month, huayin.wholeBloodDonors, huayin.wholeBloodUnits, huayin.plateletDonors, huayin.plateletDoses], ['华阴市', '2025-01', 16, 23, 4, 6]);
  assert.deepEqual(huayin.volumeClasses, { ml200: 8, ml300: 2, ml400: 6 });
  assert.deepEqual(huayin.breakdown, { firstTime: 8, repeat: 12, donors: 19, repeatDonors: 11, abo: { A: 6, B: 5, O: 7, AB: 2 }, rhd: { negative: 1, positive: 19 }, mode: { group: 12, individual: 8 } });
  assert.deepEqual([tongguan.county, tongguan.month, tongguan.wholeBloodDonors, tongguan.wholeBloodUnits, tongguan.plateletDonors, tongguan.plateletDoses], ['潼关县', '2025-02', 10, 15, 0, 0]);
  assert.deepEqual(tongguan.volumeClasses, { ml200: 5, ml300: 0, ml400: 5 });
  assert.deepEqual(tongguan.breakdown, { firstTime: 5, repeat: 5, donors: 10, repeatDonors: 5, abo: { A: 3, B: 3, O: 3, AB: 1 }, rhd: { negative: 0, positive: 10 }, mode: { group: 0, individual: 10 } });
}

test('a 30-row CSV export: county-months with U from the volume classes, first-time, repeat donors, ABO, RhD and 团体/个人 counts', () => {
  const file = parsed('2025年第一季度献血记录.csv', csv(THIRTY_ROWS));
  checkThirty(file.collections);
  // The source is the export with its row range, not a list of cells.
  assert.deepEqual(file.collections[0].sources.wholeBloodDonors, { file: '2025年第一季度献血记录.csv', sheet: '2025年第一季度献血记录', cells: ['第2–31行'], reading: '献血记录30条逐条汇总' });
});

test('the same 30 rows as .xlsx with real date cells give the same county-months', () => {
  checkThirty(parsed('献血记录.xlsx', exportXlsx(THIRTY_ROWS)).collections);
});

test('header synonyms (采血日期, 献血者ID, 采血点, 采血量, 血型, 是否首次, 献血方式) are understood; RhD written with the group', () => {
  const header = ['采血日期', '条码', '献血者ID', '采血点', '献血类型', '采血量', '血型', '是否首次', '献血方式', '性别', '年龄'];
  const rows = THIRTY_ROWS.map((r) => [r[0].replace(/-/g, '/'), r[1], r[2], `${r[3]}献血屋`, r[4], r[4] === '全血' ? `${r[5]}ml` : r[5], `${r[6]}型Rh${r[7] === '阴性' ? '-' : '+'}`, r[8] === '首次' ? '是' : '否', r[9] === '团体' ? '团体献血' : '街头个人', r[10], r[11]] as unknown as ExportRow);
  checkThirty(parsed('records.csv', csv(rows, header)).collections);
});

test('malformed rows are refused one by one, naming the row and the cell; nothing of the file is kept', () => {
  const bad = THIRTY_ROWS.map((r) => [...r] as string[]);
  bad[2][0] = '2025-02-30';
  bad[5][4] = '血浆';
  bad[7][5] = '250';
  bad[9][3] = '西安市';
  bad[11][0] = '2025-04-02';
  bad[13][6] = 'C';
  const problems = refused('2025年第一季度献血记录.csv', csv(bad as unknown as ExportRow[]));
  assert.deepEqual(problems.map((p) => [p.cell, p.message]), [
    ['A4', '第4行（A4）：献血日期“2025-02-30”无法识别，应为如“2025-01-05”的日期'],
    ['E7', '第7行（E7）：献血类型“血浆”无法识别，应为“全血”或“机采血小板”'],
    ['F9', '第9行（F9）：全血献血量“250”无法识别，应为200、300或400（ml）'],
    ['D11', '第11行（D11）：“西安市”不是基础信息中的区县（或其别名），无法确定归属区县：请在基础信息中添加别名'],
    ['A13', '第13行（A13）：献血日期2025-04不在文件名所示的期间（2025-01、2025-02、2025-03）内'],
    ['G15', '第15行（G15）：血型“C”无法识别，应为A、B、O或AB'],
  ]);
  assert.ok(problems.every((p) => p.file === '2025年第一季度献血记录.csv'));
});

test('a county sheet is not taken for a records export (no 献血日期 or 献血者编号 column)', () => {
  const sheet = new TextEncoder().encode('区县,月份,全血人次,全血采集量(U),机采人次,治疗量\r\n华阴市,2025-01,100,150,5,8\r\n');
  const [record] = parsed('华阴市2025年1月.csv', sheet).collections;
  assert.equal(record.wholeBloodDonors, 100);
  assert.equal(record.breakdown, undefined);
});

test('an export whose header lacks the amount columns is no records export', () => {
  assert.equal(EXPORT_HEADER.length, 12);
  const problems = refused('records.csv', new TextEncoder().encode('献血日期,献血者编号,区县\r\n2025-01-02,W1,华阴市\r\n'));
  assert.match(problems[0].message, /没有找到可识别的采血或供血表格/);
});
