/**
 * Layouts taught once (the profile's `layouts`): a county's sheet the importer cannot read by itself is read
 * by its rule from then on — wherever the header row moved and with a column added — and a header that
 * changed is reported against the rule instead of being guessed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseInput } from '../../../electron/core/import/parse-input.ts';
import type { LayoutRule, Profile } from '../../../electron/core/model.ts';
import { parseProfile } from '../../../electron/core/profile/parse-profile.ts';
import { xlsxBook, type CellSpec } from '../../fixtures/lib/workbook-spec.ts';
import { figuresOf, PROFILE } from './parse-fixture.ts';

/** A new reporting system's export: indicator codes as headers, which no vocabulary can know. */
const RULE: LayoutRule = {
  name: '合阳县系统导出', county: '合阳县', kind: 'collection',
  header: ['点位', 'XB01', 'XB02', 'JC01', 'JC02'],
  fields: { wholeBloodDonors: { header: 'XB01' }, wholeBloodUnits: { header: 'XB02', unit: 'ml' }, plateletDonors: { header: 'JC01' }, plateletDoses: { header: 'JC02' } },
  createdAt: '2025-05-06', fromFile: '合阳县4月.xlsx',
};
const TAUGHT: Profile = { ...PROFILE, layouts: [RULE] };

async function sheet(name: string, rows: CellSpec[][]) {
  return { name, bytes: await xlsxBook([{ name: 'Sheet1', rows }]) };
}

const APRIL: CellSpec[][] = [['统计月份：2025年4月'], ['点位', 'XB01', 'XB02', 'JC01', 'JC02'], ['城关', 120, 48000, 0, 0], ['坊镇', 60, 21000, 0, 0]];

test('without a rule the sheet is refused: the importer cannot know what XB01 means', async () => {
  const result = parseInput(await sheet('合阳县4月.xlsx', APRIL), PROFILE);
  assert.equal(result.ok, false);
});

test('with the rule it reads: fields from the mapped headers, ml converted at 200 ml = 1 U, the rule named in the source', async () => {
  const result = parseInput(await sheet('合阳县4月.xlsx', APRIL), TAUGHT);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
  assert.deepEqual(result.value.collections.map(figuresOf), [['合阳县', '2025-04', 180, 345, 0, 0]]);
  assert.equal(result.value.collections[0].sources.wholeBloodUnits.reading, '按版式规则“合阳县系统导出”：表头C2“XB02”');
});

test('next month: a title row added above and a 备注 column inserted, still read by the rule', async () => {
  const may = [['合阳县2025年5月采血数据'], [], ['点位', '备注', 'XB01', 'XB02', 'JC01', 'JC02'], ['城关', '', 130, 52000, 2, 3], ['坊镇', '雨天', 58, 20000, 0, 0]];
  const result = parseInput(await sheet('导出数据.xlsx', may), TAUGHT);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
  assert.deepEqual(result.value.collections.map(figuresOf), [['合阳县', '2025-05', 188, 360, 2, 3]]);
});

test('the rule gives its county only to a sheet that names it: another county\'s file with the same header is refused, not read as 合阳县', async () => {
  const result = parseInput(await sheet('澄城县2025年4月.xlsx', APRIL), TAUGHT);
  assert.ok(!result.ok);
  assert.equal(result.problems[0].message, '表头与版式规则“合阳县系统导出”（合阳县）相同，但文件名、工作表名和标题都没有写明合阳县，文件名也与学习该规则的文件“合阳县4月.xlsx”不同，'
    + '未按该规则读取（以免把其他区县的报表记为合阳县），程序也无法自行读懂该表：请在文件名或标题中写明区县后重新导入');
});

test('a sheet naming the rule\'s county and another is a contradiction naming both', async () => {
  const result = parseInput(await sheet('澄城县2025年4月.xlsx', [['合阳县2025年4月采血数据'], ...APRIL.slice(1)]), TAUGHT);
  assert.ok(!result.ok);
  assert.match(result.problems[0].message, /区县不一致：.*澄城县.*合阳县/);
});

/** A rule taught on a sheet of plain words: any county's sheet has this header, so the header proves no county. */
const GENERIC: LayoutRule = {
  name: '合阳县月报', county: '合阳县', kind: 'collection', header: ['采血点', '全血人次', '全血量(U)', '机采人次', '治疗量'],
  fields: { wholeBloodDonors: { header: '全血人次' }, wholeBloodUnits: { header: '全血量(U)', unit: 'U' }, plateletDonors: { header: '机采人次' }, plateletDoses: { header: '治疗量' } },
  createdAt: '2025-05-06', fromFile: '合阳县采血202504.xlsx',
};
const GENERIC_ROWS: CellSpec[][] = [['2025年4月采血情况'], ['采血点', '全血人次', '全血量(U)', '机采人次', '治疗量'], ['献血屋', 100, 180, 2, 3]];

test('generic-header-no-county: a taught rule with plain-word headers does not make a file that names no county its county\'s', async () => {
  const profile = { ...PROFILE, layouts: [GENERIC] };
  const other = parseInput(await sheet('4月采血.xlsx', GENERIC_ROWS), profile);
  assert.ok(!other.ok, 'not stored as 合阳县');
  assert.ok(other.problems.every((p) => !p.message.includes('版式规则')), 'the automatic reading answered, not the rule');
  assert.match(other.problems[0].message, /^无法确定区县：文件名、工作表名和标题中都没有找到基础信息里的区县名称或别名/);
  const named = parseInput(await sheet('合阳县2025年4月.xlsx', GENERIC_ROWS), profile);
  assert.ok(named.ok, JSON.stringify(!named.ok && named.problems));
  assert.equal(named.value.collections[0].sources.wholeBloodDonors.reading?.startsWith('按版式规则“合阳县月报”'), true);
  const titled = parseInput(await sheet('4月采血.xlsx', [['合阳县2025年4月采血情况'], ...GENERIC_ROWS.slice(1)]), profile);
  assert.ok(titled.ok && titled.value.collections[0].county === '合阳县', 'the title names the county');
  const patterned = parseInput(await sheet('合阳县采血202505.xlsx', [['统计月份：2025年5月'], ...GENERIC_ROWS.slice(1)]), profile);
  assert.ok(patterned.ok && patterned.value.collections[0].county === '合阳县');
});

test('a file named like the one the rule was taught from reads by the rule even when it names no county', async () => {
  const coded = { ...RULE, fromFile: 'XB导出202504.xlsx' };
  const result = parseInput(await sheet('XB导出202505.xlsx', [['统计月份：2025年5月'], ...APRIL.slice(1)]), { ...PROFILE, layouts: [coded] });
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
  assert.deepEqual(result.value.collections.map(figuresOf), [['合阳县', '2025-05', 180, 345, 0, 0]]);
  assert.equal(parseInput(await sheet('导出202505.xlsx', [['统计月份：2025年5月'], ...APRIL.slice(1)]), { ...PROFILE, layouts: [coded] }).ok, false, 'another name is not the pattern');
});

test('a changed header is reported against the rule: what was added, what is missing', async () => {
  const changed = [['统计月份：2025年6月'], ['点位', 'XB01', 'XB03', 'JC01', 'JC02'], ['城关', 120, 48000, 0, 0]];
  const result = parseInput(await sheet('合阳县6月.xlsx', changed), TAUGHT);
  assert.ok(!result.ok);
  assert.match(result.problems[0].message, /^与版式规则“合阳县系统导出”（合阳县）相比多了“XB03”，少了“XB02”，未按该规则读取/);
});

test('columns in another order than taught are not matched by position or guess', async () => {
  const swapped = [['统计月份：2025年6月'], ['点位', 'XB02', 'XB01', 'JC01', 'JC02'], ['城关', 48000, 120, 0, 0]];
  const result = parseInput(await sheet('合阳县6月.xlsx', swapped), TAUGHT);
  assert.ok(!result.ok);
});

test('impossible figures read by a rule name the rule', async () => {
  const bad = [['统计月份：2025年4月'], ['点位', 'XB01', 'XB02', 'JC01', 'JC02'], ['城关', '约120', 48000, 0, 0]];
  const result = parseInput(await sheet('合阳县4月.xlsx', bad), TAUGHT);
  assert.ok(!result.ok);
  assert.match(result.problems[0].message, /“约120”不是数字.*（按版式规则“合阳县系统导出”读取）$/);
});

test('the profile validates its layouts like the rest and keeps them on export', () => {
  const json = JSON.parse(JSON.stringify(TAUGHT));
  const parsed = parseProfile(json);
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.value.layouts, [RULE]);
  const broken = parseProfile({ ...json, layouts: [{ ...RULE, county: '眉县', fields: { ...RULE.fields, plateletDoses: { header: 'JC09' }, wholeBloodUnits: { header: 'XB02' } } }] });
  assert.ok(!broken.ok);
  assert.deepEqual(broken.problems.map((p) => p.message), [
    'layouts（版式规则）[1].county：“眉县”不是基础信息中的区县',
    'layouts（版式规则）[1].fields.wholeBloodUnits.unit：全血采集量须注明单位（U 或 ml）',
    'layouts（版式规则）[1].fields.plateletDoses.header：“JC09”不在该规则的表头中',
  ]);
});

test('a mapping pointed at header cells becomes the rule that reads the next file; an empty or doubled cell is refused', async () => {
  const { ruleFromMapping, withLayoutRule } = await import('../../../electron/core/import/rule-from-mapping.ts');
  const { sheetPreview } = await import('../../../electron/core/import/sheet-preview.ts');
  const april = await sheet('合阳县4月.xlsx', APRIL);
  const preview = sheetPreview(april);
  assert.ok(preview.ok);
  assert.deepEqual(preview.value[0].rows.slice(0, 2), [['统计月份：2025年4月', '', '', '', ''], ['点位', 'XB01', 'XB02', 'JC01', 'JC02']]);
  assert.deepEqual(preview.value[0].understood, [], 'nothing understood: the codes mean nothing to the importer');
  const mapping = { name: '合阳县系统导出', county: '合阳县', sheet: 'Sheet1', headerRow: 1,
    columns: { wholeBloodDonors: { col: 1 }, wholeBloodUnits: { col: 2, unit: 'ml' as const }, plateletDonors: { col: 3 }, plateletDoses: { col: 4 } } };
  const rule = ruleFromMapping(april, mapping, new Date('2025-05-06T10:00:00+08:00'));
  assert.ok(rule.ok);
  assert.deepEqual(rule.value, RULE);
  const result = parseInput(april, withLayoutRule(PROFILE, rule.value));
  assert.ok(result.ok);
  assert.equal(result.value.collections[0].wholeBloodDonors, 180);
  const refused = ruleFromMapping(april, { ...mapping, columns: { wholeBloodDonors: { col: 1 }, plateletDonors: { col: 1 }, plateletDoses: { col: 7 } } }, new Date());
  assert.ok(!refused.ok);
  assert.deepEqual(refused.problems.map((p) => [p.cell, p.message]), [['B2', '同一列不能同时表示两个指标'], ['H2', '该单元格是空的：请指向写有列标题的单元格']]);
});

test('the preview marks what the importer understood by itself', async () => {
  const { sheetPreview } = await import('../../../electron/core/import/sheet-preview.ts');
  const preview = sheetPreview(await sheet('华阴市4月.xlsx', [['采血点', '全血人次', '全血采集量(U)', 'XX', '机采血小板治疗量'], ['献血屋', 1, 2, 3, 4]]));
  assert.ok(preview.ok);
  assert.deepEqual(preview.value[0].understood.map((u) => `${u.col}:${u.field}`), ['1:wholeBloodDonors', '2:wholeBloodUnits', '4:plateletDoses']);
});

test('a total row the sheet names its own way ("全县数据") is taught with the rule: checked against the rows, not summed', async () => {
  const rows = [...APRIL, ['全县数据', 180, 69000, 0, 0]];
  const { ruleFromMapping } = await import('../../../electron/core/import/rule-from-mapping.ts');
  const file = await sheet('合阳县4月.xlsx', rows);
  const rule = ruleFromMapping(file, { name: '合阳县系统导出', county: '合阳县', sheet: 'Sheet1', headerRow: 1, totalRow: 4,
    columns: { wholeBloodDonors: { col: 1 }, wholeBloodUnits: { col: 2, unit: 'ml' }, plateletDonors: { col: 3 }, plateletDoses: { col: 4 } } }, new Date());
  assert.ok(rule.ok);
  assert.equal(rule.value.totalLabel, '全县数据');
  const read = parseInput(file, { ...PROFILE, layouts: [rule.value] });
  assert.ok(read.ok);
  assert.equal(read.value.collections[0].wholeBloodDonors, 180, 'the total row is not added to the sites');
  const wrong = parseInput(await sheet('合阳县4月.xlsx', [...APRIL, ['全县数据', 181, 69000, 0, 0]]), { ...PROFILE, layouts: [rule.value] });
  assert.ok(!wrong.ok);
  assert.match(wrong.problems[0].message, /合计单元格B5为181，而B3、B4之和为180/);
  const untaught = parseInput(await sheet('合阳县4月.xlsx', rows), TAUGHT);
  assert.ok(untaught.ok && untaught.value.collections[0].wholeBloodDonors === 360, 'without the label the row is taken for a site: the reason to teach it');
});

test('months across, indicators as coded rows: taught once as a turned mapping, the next quarter reads by itself', async () => {
  const { ruleFromMapping } = await import('../../../electron/core/import/rule-from-mapping.ts');
  const q2: CellSpec[][] = [['合阳县2025年第二季度系统报表'], ['指标', '4月', '5月', '6月'], ['XB01', 120, 130, 125], ['XB02', 240, 260, 250], ['JC01', 0, 2, 0], ['JC02', 0, 3, 0]];
  const file = await sheet('合阳县二季度.xlsx', q2);
  assert.equal(parseInput(file, PROFILE).ok, false, 'codes as row labels mean nothing by themselves');
  const rule = ruleFromMapping(file, { name: '合阳县季报', county: '合阳县', sheet: 'Sheet1', headerRow: 0, monthsAs: 'columns',
    columns: { wholeBloodDonors: { col: 2 }, wholeBloodUnits: { col: 3, unit: 'U' }, plateletDonors: { col: 4 }, plateletDoses: { col: 5 } } }, new Date());
  assert.ok(rule.ok);
  assert.deepEqual([rule.value.monthsAs, rule.value.header], ['columns', ['XB01', 'XB02', 'JC01', 'JC02']]);
  const q3 = [['合阳县2025年第三季度系统报表'], [], ['指标', '7月', '8月', '9月'], ['XB01', 110, 115, 118], ['XB02', 220, 230, 236], ['JC01', 1, 0, 0], ['JC02', 2, 0, 0]];
  const read = parseInput(await sheet('合阳县三季度.xlsx', q3), { ...PROFILE, layouts: [rule.value] });
  assert.ok(read.ok, JSON.stringify(!read.ok && read.problems));
  assert.deepEqual(read.value.collections.map(figuresOf), [['合阳县', '2025-07', 110, 220, 1, 2], ['合阳县', '2025-08', 115, 230, 0, 0], ['合阳县', '2025-09', 118, 236, 0, 0]]);
  assert.deepEqual(read.value.collections[1].sources.wholeBloodUnits.cells, ['C5']);
});
