import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Problem } from '../../../electron/core/model.ts';
import { fixturePath, refusedFixture } from './parse-fixture.ts';

/** The problems as [sheet, cell] pairs, for asserting where each one points. */
function located(problems: readonly Problem[]): [string | undefined, string | undefined][] {
  return problems.map((p) => [p.sheet, p.cell]);
}

test('a formula saved without its result is an error naming the cell', () => {
  const problems = refusedFixture('bad-formula-no-cache.xlsx');
  assert.deepEqual(located(problems), [['1月', 'C3']]);
  assert.equal(problems[0].file, fixturePath('bad-formula-no-cache.xlsx'));
  assert.match(problems[0].message, /^该单元格是公式（=B3\*1\.75）但文件中没有保存计算结果/);
});

test('合计 differing from the sum of the sites names the 合计 cell, expected and found', () => {
  const problems = refusedFixture('bad-total-mismatch.xlsx');
  assert.deepEqual(located(problems), [['1月', 'B6']]);
  assert.match(problems[0].message, /B6为490，而B3、B4、B5之和为483/);
});

test('file name says 1月, sheet name says 2月: an error naming both', () => {
  const [problem] = refusedFixture('华阴市-2025年1月-bad-month-contradiction.xlsx');
  assert.match(problem.message, /月份不一致：文件名“华阴市-2025年1月-bad-month-contradiction”为1月，工作表名“2月”为2月/);
});

test('file name says 华阴市, title says 潼关县: an error naming both', () => {
  const [problem] = refusedFixture('华阴市-2025年1月-bad-county-contradiction.xlsx');
  assert.equal(problem.cell, 'A1');
  assert.match(problem.message, /区县不一致：.*为华阴市，标题（A1）“潼关县2025年1月采血情况”为潼关县/);
});

test('an unknown county names the cell and suggests 基础信息', () => {
  const problems = refusedFixture('bad-unknown-county.xlsx');
  assert.deepEqual(located(problems), [['1月', 'A4']]);
  assert.match(problems[0].message, /“高陵区”不在基础信息的区县列表中/);
});

test('text junk and negative numbers in number cells: every problem listed, not only the first', () => {
  const problems = refusedFixture('bad-text-junk.xlsx');
  assert.deepEqual(located(problems), [['1月', 'B3'], ['1月', 'C4']]);
  assert.match(problems[0].message, /“约30”不是数字/);
  assert.match(problems[1].message, /负数/);
});

test('an unknown hospital names the cell and suggests 基础信息', () => {
  const problems = refusedFixture('bad-unknown-hospital.xlsx');
  assert.deepEqual(located(problems), [['供血', 'A4']]);
  assert.match(problems[0].message, /“渭南市第三医院”不在基础信息的医院列表中.*基础信息/);
});

test('a workbook with neither a collection nor a supply header says what headers were expected', () => {
  const [problem] = refusedFixture('bad-no-recognised-sheet.xlsx');
  assert.match(problem.message, /没有找到可识别的采血或供血表格.*全血人次.*红细胞类/);
});

test('whole blood in 袋, and 采血量 without a unit, are errors at the header cell', () => {
  const bags = refusedFixture('bad-units-bags.xlsx');
  assert.deepEqual(located(bags), [['1月', 'C2']]);
  assert.match(bags[0].message, /“袋”计无法换算/);
  const unclear = refusedFixture('bad-units-unclear.xlsx');
  assert.deepEqual(located(unclear), [['1月', 'C2']]);
  assert.match(unclear[0].message, /“采血量”没有注明单位/);
});

test('no month, no county anywhere: errors, never guesses', () => {
  assert.match(refusedFixture('bad-no-month.xlsx')[0].message, /无法确定统计月份/);
  assert.match(refusedFixture('bad-no-county.xlsx')[0].message, /无法确定区县/);
});

test('missing figure columns are named', () => {
  const problems = refusedFixture('bad-missing-columns.xlsx');
  assert.equal(problems.length, 2);
  assert.match(problems[0].message, /没有“单采血小板人次”列/);
  assert.match(problems[1].message, /没有“单采血小板治疗量”列/);
});

test('the same county-month on two sheets is an error naming both sheets', () => {
  const [problem] = refusedFixture('bad-duplicate-county-month.xlsx');
  assert.match(problem.message, /华阴市2025年1月的数据在工作表“1月”和“1月 \(2\)”中都出现了/);
});

test('the number 2025.1 in a month column is refused: January and October cannot be told apart', () => {
  const [problem] = refusedFixture('bad-ambiguous-month-number.xlsx');
  assert.equal(problem.cell, 'A2');
  assert.match(problem.message, /可能是1月也可能是10月/);
});

test('a file that is not a spreadsheet', () => {
  const [problem] = refusedFixture('bad-not-a-spreadsheet.pdf');
  assert.deepEqual(problem, { file: fixturePath('bad-not-a-spreadsheet.pdf'), message: '不支持的文件类型：请提交 Excel 工作簿（.xlsx、.xls）、WPS 表格（.et）、.ods 或 CSV 文件。' });
});

test('a file named .xlsx whose bytes are no workbook says so, not "unsupported type"', async () => {
  const { parseInput } = await import('../../../electron/core/import/parse-input.ts');
  const { PROFILE } = await import('./parse-fixture.ts');
  const result = parseInput({ name: '损坏的报表.xlsx', bytes: new TextEncoder().encode('this is not a workbook') }, PROFILE);
  assert.ok(!result.ok);
  assert.match(result.problems[0].message, /^文件名是 Excel 工作簿，但内容不是（可能已损坏、下载不完整，或只是改了扩展名）/);
});
