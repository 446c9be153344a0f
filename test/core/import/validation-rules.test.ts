/**
 * Named validation rules with a severity: an error refuses the file naming rule, sheet and cell; a warning
 * lets it import and travels with it as a notice. A month left wholly blank is skipped with a word, not 0.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as XLSX from '@e965/xlsx';
import type { ParsedFile, Problem } from '../../../electron/core/model.ts';
import { parseInput } from '../../../electron/core/import/parse-input.ts';
import { PROFILE } from './parse-fixture.ts';

const HEADER = ['区县', '全血人次', '全血采集量(U)', '机采血小板人次', '机采血小板治疗量'];

function workbook(rows: readonly (readonly unknown[])[], title = '2025年4月各区县无偿献血采血情况'): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([[title], HEADER, ...rows.map((r) => [...r])]), '4月');
  return XLSX.write(book, { bookType: 'xlsx', type: 'buffer' }) as Buffer;
}

function refused(rows: readonly (readonly unknown[])[]): Problem[] {
  const result = parseInput({ name: '各区县2025年4月.xlsx', bytes: workbook(rows) }, PROFILE);
  assert.equal(result.ok, false, '应被拒绝');
  return result.ok ? [] : [...result.problems];
}

function accepted(rows: readonly (readonly unknown[])[]): ParsedFile {
  const result = parseInput({ name: '各区县2025年4月.xlsx', bytes: workbook(rows) }, PROFILE);
  if (!result.ok) assert.fail(result.problems.map((p) => `${p.cell ?? ''} ${p.message}`).join('\n'));
  return result.value;
}

test('a platelet-donor cell of 1e14 is refused by the hard limit, naming sheet and cell', () => {
  assert.deepEqual(refused([['华阴市', 120, 210, 1e14, 1e14 + 5]]).map((p) => [p.sheet, p.cell, p.message]), [
    ['4月', 'D3', '规则“数值上限”：华阴市2025年4月的单采血小板人次为100000000000000，超过一个区县一个月的上限10000：请核对是否多输了数字，或填成了累计数'],
    ['4月', 'E3', '规则“数值上限”：华阴市2025年4月的单采血小板治疗量为100000000000005，超过一个区县一个月的上限30000：请核对是否多输了数字，或填成了累计数'],
  ]);
});

test('治疗量 fewer than 单采血小板人次 is an error', () => {
  assert.deepEqual(refused([['华阴市', 120, 210, 8, 5]]).map((p) => [p.cell, p.message]), [
    ['E3', '规则“治疗量不少于单采血小板人次”：华阴市2025年4月的单采血小板治疗量5少于单采血小板人次8（每人次至少1个治疗量）：请核对两列是否填反'],
  ]);
});

test('whole blood outside 1–2 U per donor is an error (ml typed in a U column, or a slip)', () => {
  assert.deepEqual(refused([['华阴市', 120, 42000, 5, 8], ['潼关县', 0, 30, 0, 0]]).map((p) => [p.cell, p.message]), [
    ['C3', '规则“全血每人次单位数”：华阴市2025年4月全血人次120、全血量（U）42000，平均每人次350.00U，不在1—2U（200—400ml）之间：请核对人次、采集量及其单位（U或ml）'],
    ['C4', '规则“全血每人次单位数”：潼关县2025年4月全血人次0、全血量（U）30，有采集量却没有人次，不在1—2U（200—400ml）之间：请核对人次、采集量及其单位（U或ml）'],
  ]);
});

test('more than 3 doses per platelet donor is a warning: the file imports and the warning is a notice naming the cell', () => {
  const parsed = accepted([['华阴市', 120, 210, 2, 9]]);
  assert.deepEqual(parsed.collections.map((r) => r.plateletDoses), [9]);
  assert.deepEqual(parsed.notices.map((n) => [n.sheet, n.cell, n.message]), [['4月', 'E3', '警告（规则“每人次治疗量”）：华阴市2025年4月的单采血小板治疗量9超过单采血小板人次2的3倍（每人次通常1—2个治疗量），请核对']]);
});

test('a county whose figure cells read as empty (spaces only) is not stored as zeros: it is skipped with a notice, the others import', () => {
  const parsed = accepted([['华阴市', 120, 210, 5, 8], ['潼关县', ' ', ' ', '\u3000', ' '], ['大荔县', 0, 0, 0, 0]]);
  assert.deepEqual(parsed.collections.map((r) => [r.county, r.wholeBloodDonors]), [['华阴市', 120], ['大荔县', 0]]);
  assert.deepEqual(parsed.notices.map((n) => [n.cell, n.message]), [['B4', '潼关县2025年4月的各项数字都是空白，未导入该月（空白不能当作0：若该月确实为0，请填0）']]);
});

test('a table whose every county is blank imports nothing and says so', () => {
  const problems = refused([['华阴市', ' ', ' ', ' ', ' '], ['潼关县', ' ', null, null, ' ']]);
  assert.deepEqual(problems.map((p) => p.message), ['表格中没有填写任何数字，未导入']);
});

test('a supply 合计 row that differs from its hospital rows is refused', () => {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([
    ['2025年4月临床供血情况'],
    ['医院', '红细胞类(U)', '血浆(ml)', '血小板(治疗量)', '冷沉淀(U)'],
    ['渭南市中心医院', 800, 60000, 40, 100],
    ['渭南市第二医院', 300, 20000, 10, 20],
    ['合计', 1200, 80000, 50, 120],
  ]), '供血');
  const result = parseInput({ name: '供血-2025年4月.xlsx', bytes: XLSX.write(book, { bookType: 'xlsx', type: 'buffer' }) as Buffer }, PROFILE);
  assert.equal(result.ok, false);
  assert.deepEqual(result.ok ? [] : result.problems.map((p) => p.cell), ['B5']);
});

test('messages name each figure as the tables do (全血量（U）, 红细胞（U）), not in words of their own', () => {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([
    ['2025年4月临床供血情况'],
    ['医院', '红细胞类(U)', '血浆(ml)', '血小板(治疗量)', '冷沉淀(U)'],
    ['渭南市中心医院', 200000, 60000, 40, 100],
  ]), '供血');
  const supply = parseInput({ name: '供血-2025年4月.xlsx', bytes: XLSX.write(book, { bookType: 'xlsx', type: 'buffer' }) as Buffer }, PROFILE);
  assert.deepEqual(supply.ok ? [] : supply.problems.map((p) => [p.cell, p.message]), [
    ['B3', '规则“数值上限”：渭南市中心医院2025年4月的红细胞（U）为200000，超过一家医院一个月的上限100000：请核对是否多输了数字，或填成了累计数'],
  ]);
  assert.deepEqual(refused([['华阴市', 120, 100001, 5, 8]]).map((p) => p.message)[0],
    '规则“数值上限”：华阴市2025年4月的全血量（U）为100001，超过一个区县一个月的上限100000：请核对是否多输了数字，或填成了累计数');
});
