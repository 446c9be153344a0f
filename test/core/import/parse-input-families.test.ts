/**
 * The layout families counties send (test/fixtures/lib/layout-families.ts): each imports untouched with
 * exact figures whose sources are the cells of the sheet as the user sees it; the silent cases are refused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseInput } from '../../../electron/core/import/parse-input.ts';
import { xlsxBook } from '../../fixtures/lib/workbook-spec.ts';
import { figuresOf, parsedFixture, PROFILE, refusedFixture, supplyOf } from './parse-fixture.ts';

const family = (name: string) => parsedFixture(`families/${name}`);

test('本月 | 本年累计 | 去年同期 | 同比 under each indicator (three header rows): only 本月 is read', () => {
  const parsed = family('合阳县-2025年4月-本月累计同比.xlsx');
  assert.deepEqual(parsed.collections.map(figuresOf), [['合阳县', '2025-04', 196, 342.5, 0, 0]]);
  assert.deepEqual(parsed.collections[0].sources.wholeBloodDonors.cells, ['B6:B7']);
  assert.deepEqual(parsed.collections[0].sources.wholeBloodUnits.cells, ['F6:F7']);
});

test('an empty 本月 cell is an error naming it, never 0 and never the cumulative figure', () => {
  const problems = refusedFixture('families/bad-合阳县-2025年4月-本月未填.xlsx');
  assert.deepEqual(problems.map((p) => p.cell), ['B6']);
  assert.match(problems[0].message, /本月数，但未填写：空白不能当作0，也不能用累计数代替/);
});

test('indicators as rows and months as columns: one record per month, cells of the original sheet, 合计 column checked', () => {
  const parsed = family('澄城县-2025年第二季度-指标为行.xlsx');
  assert.deepEqual(parsed.collections.map(figuresOf), [
    ['澄城县', '2025-04', 160, 280, 0, 0],
    ['澄城县', '2025-05', 152, 266.5, 0, 0],
    ['澄城县', '2025-06', 171, 299, 0, 0],
  ]);
  assert.deepEqual(parsed.collections.map((r) => r.sources.wholeBloodUnits.cells), [['B4'], ['C4'], ['D4']]);
});

const TURNED = [
  ['澄城县2025年第二季度无偿献血工作情况'],
  ['项目', '4月', '5月', '6月', '合计'],
  ['全血人次', 160, 152, 171, 483],
  ['全血量(U)', 280, 266.5, 299, 845.5],
  ['机采血小板人次', 0, 2, 0, 2],
  ['血小板治疗量', 0, 3, 0, 3],
  ['献血总人次', 160, 154, 171, 485],
];

async function parseRows(name: string, rows: (string | number)[][]) {
  return parseInput({ name, bytes: await xlsxBook([{ name: 'Sheet1', rows }]) }, PROFILE);
}

test('a turned table whose 合计 column or 献血总人次 row disagrees is refused naming the cell', async () => {
  assert.equal((await parseRows('澄城县-二季度.xlsx', TURNED)).ok, true);
  const wrongTotal = TURNED.map((r) => (r[0] === '全血人次' ? ['全血人次', 160, 152, 171, 480] : r));
  const total = await parseRows('澄城县-二季度.xlsx', wrongTotal);
  assert.ok(!total.ok);
  assert.deepEqual(total.problems.map((p) => p.cell), ['E3']);
  assert.match(total.problems[0].message, /合计单元格E3为480，而B3、C3、D3之和为483/);
  const wrongDonors = TURNED.map((r) => (r[0] === '献血总人次' ? ['献血总人次', 160, 152, 171, 483] : r)); // its 合计 agrees with its own row
  const donors = await parseRows('澄城县-二季度.xlsx', wrongDonors);
  assert.ok(!donors.ok);
  assert.deepEqual(donors.problems.map((p) => p.cell), ['C7']);
  assert.match(donors.problems[0].message, /献血总人次C7为152，而全血人次与单采血小板人次之和为154/);
});

test('whole blood only by volume class: donations are the sum, units n200 + 1.5·n300 + 2·n400, classes kept', () => {
  const [record] = family('白水县-2025年4月-按血量分档.xlsx').collections;
  assert.deepEqual(figuresOf(record), ['白水县', '2025-04', 135, 32 + 8 * 1.5 + 95 * 2, 0, 0]);
  assert.deepEqual(record.volumeClasses, { ml200: 32, ml300: 8, ml400: 95 });
  assert.deepEqual(record.sources.wholeBloodUnits.cells, ['B4:D5']);
});

test('units typed in the cells ("1,336.5U", "781人次", full-width digits) when the header states none', () => {
  assert.deepEqual(family('富平县-2025年4月-单位在单元格.xlsx').collections.map(figuresOf), [['富平县', '2025-04', 876, 1507.5, 12, 20]]);
});

test('a unit stated only in a caption line above the table ("单位：U")', () => {
  assert.deepEqual(family('华州区-2025年4月-单位在表头上方.xlsx').collections.map(figuresOf), [['华州区', '2025-04', 210, 367.5, 3, 5]]);
});

test('a unit typed in a cell that contradicts its column is refused naming the cell', async () => {
  const result = await parseRows('富平县2025年4月.xlsx', [['采血点', '全血人次', '全血采集量(U)', '机采血小板人次', '机采血小板治疗量'], ['献血屋', 10, '400ml', 0, 0]]);
  assert.ok(!result.ok);
  assert.deepEqual(result.problems.map((p) => p.cell), ['C2']);
  assert.match(result.problems[0].message, /“400ml”，单位与该列（U）不符/);
});

test('year and month in Chinese numerals (二〇二五年四月份) in the title only', () => {
  assert.deepEqual(family('蒲城县月报.xlsx').collections.map(figuresOf), [['蒲城县', '2025-04', 301, 540, 0, 0]]);
});

test('months as date cells formatted yyyy年m月 in a quarterly file', () => {
  assert.deepEqual(family('大荔县-二季度-日期单元格.xlsx').collections.map((r) => r.month), ['2025-04', '2025-05', '2025-06']);
});

test('a running-year ledger "截至6月": one record per month row, January to June, its 合计 checked', () => {
  const parsed = family('韩城市采血台账（截至6月）.xlsx');
  assert.deepEqual(parsed.collections.map((r) => [r.month, r.wholeBloodDonors]), [
    ['2025-01', 280], ['2025-02', 250], ['2025-03', 290], ['2025-04', 301], ['2025-05', 288], ['2025-06', 322],
  ]);
});

test('13月 is an error naming the cell, never replaced by a month from elsewhere', () => {
  const problems = refusedFixture('families/bad-华州区-2025年4月-13月.xlsx');
  assert.deepEqual(problems.map((p) => p.cell), ['A1']);
  assert.match(problems[0].message, /“2025年13月”不是有效的月份/);
});

test('a station-wide sheet: 序号, counties merged over their sites, 小计 rows, a spacer row, signatures under the table', () => {
  assert.deepEqual(family('渭南市-2025年4月-各县采血点.xlsx').collections.map(figuresOf), [
    ['临渭区', '2025-04', 1030, 1842.5, 88, 141],
    ['华阴市', '2025-04', 360, 630, 0, 0],
    ['潼关县', '2025-04', 110, 192.5, 0, 0],
  ]);
});

test('a county appearing twice in one sheet is an error naming both places, never summed', () => {
  const problems = refusedFixture('families/bad-渭南市-2025年4月-区县重复.xlsx');
  assert.equal(problems[0].cell, 'B7');
  assert.match(problems[0].message, /^临渭区在B3和B7两处出现/);
});

test('supply with components as rows and hospitals as columns, the 合计 column checked', () => {
  const parsed = family('供血-2025年4月-成分为行.xlsx');
  assert.deepEqual(parsed.supplies.map(supplyOf), [
    ['渭南市中心医院', '2025-04', 1820, 86000, 88, 210],
    ['渭南市第二医院', '2025-04', 960, 41000, 30, 96],
    ['韩城市人民医院', '2025-04', 610, 25500, 11, 42],
    ['蒲城县医院', '2025-04', 402, 16200, 4, 20],
  ]);
  assert.deepEqual(parsed.supplies[1].sources.plasmaMl.cells, ['C4']);
});

test('.ods, WPS .et and Excel "Unicode 文本" (.txt) read like any workbook', () => {
  assert.deepEqual(family('潼关县-2025年4月.ods').collections.map(figuresOf), [['潼关县', '2025-04', 108, 189, 0, 0]]);
  assert.deepEqual(family('潼关县-2025年5月.et').collections.map(figuresOf), [['潼关县', '2025-05', 110, 192.5, 0, 0]]);
  assert.deepEqual(family('潼关县-2025年6月-Unicode文本.txt').collections.map(figuresOf), [['潼关县', '2025-06', 112, 196, 0, 0]]);
});

test('twenty cells with the same fault are one message with the count and the first cells', async () => {
  const rows = [['采血点', '全血人次', '全血采集量(U)', '机采血小板人次', '机采血小板治疗量'], ...Array.from({ length: 20 }, (_, i) => [`站${i + 1}`, '约30', 10, 0, 0])];
  const result = await parseRows('华阴市2025年4月.xlsx', rows);
  assert.ok(!result.ok);
  assert.equal(result.problems.length, 1);
  assert.equal(result.problems[0].cell, 'B2');
  assert.match(result.problems[0].message, /“约30”不是数字.*（同样的问题共 20 处：B2、B3、B4、B5、B6、B7 等）$/);
});

test('a county the profile does not know asks whether the file belongs to another station', async () => {
  const result = await parseRows('眉县2025年4月采血情况.xlsx', [['眉县2025年4月采血情况'], ['采血点', '全血人次', '全血采集量(U)', '机采血小板人次', '机采血小板治疗量'], ['献血屋', 10, 20, 0, 0]]);
  assert.ok(!result.ok);
  assert.match(result.problems[0].message, /无法确定区县.*添加别名；如果这是发给其他血站（其他地市）的文件，请不要导入/);
});

test('each figure says why it was read so: the header cells that named it and where its unit came from', () => {
  assert.equal(family('合阳县-2025年4月-本月累计同比.xlsx').collections[0].sources.wholeBloodDonors.reading, '表头B3:B5“全血人次本月”');
  assert.equal(family('富平县-2025年4月-单位在单元格.xlsx').collections[0].sources.wholeBloodUnits.reading, '表头C2“全血采集量”，单位取自C3“1,336.5U”');
  assert.equal(family('华州区-2025年4月-单位在表头上方.xlsx').collections[0].sources.wholeBloodUnits.reading, '表头C3“全血采集量”，单位取自E2“单位：U”');
  assert.equal(family('澄城县-2025年第二季度-指标为行.xlsx').collections[1].sources.wholeBloodUnits.reading, '表头A4“全血量(U)”（表格为指标成行，已按行读取）');
  assert.match(family('白水县-2025年4月-按血量分档.xlsx').collections[0].sources.wholeBloodUnits.reading!, /^表头B2:B3“全血200ml”，每人次折合1U；表头C2:C3“全血300ml”，每人次折合1.5U；表头D2:D3“全血400ml”，每人次折合2U$/);
});

test('本月 | 累计 under a two-row header of indicators, and 当月 / 本期 as the current-period words', async () => {
  for (const current of ['本月', '当月', '本期', '本月数']) {
    const result = await parseInput({
      name: '大荔县2025年5月.xlsx',
      bytes: await xlsxBook([{
        name: '5月',
        rows: [
          ['采血点', '全血人次', null, '全血采集量(U)', null, '机采血小板人次', null, '机采血小板治疗量', null],
          [null, current, '累计', current, '累计', current, '累计', current, '累计'],
          ['献血屋', 90, 400, 160, 700, 2, 9, 3, 14],
        ],
        merges: ['A1:A2', 'B1:C1', 'D1:E1', 'F1:G1', 'H1:I1'],
      }]),
    }, PROFILE);
    assert.ok(result.ok, current);
    assert.deepEqual(result.value.collections.map(figuresOf), [['大荔县', '2025-05', 90, 160, 2, 3]], current);
  }
});
