import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figuresOf, fixturePath, parsedFixture } from './parse-fixture.ts';

test('one file per county per month: merged title, 统计月份 cell, two-level merged header, sites summed, 合计 checked, notes ignored', () => {
  const parsed = parsedFixture('华阴市-2025年1月-两级表头.xlsx');
  assert.deepEqual(parsed.kinds, ['collection']);
  assert.deepEqual(parsed.collections.map(figuresOf), [['华阴市', '2025-01', 483, 869.5, 5, 8]]);
  const file = fixturePath('华阴市-2025年1月-两级表头.xlsx');
  assert.deepEqual(parsed.collections[0].sources, {
    wholeBloodDonors: { file, sheet: '1月', cells: ['B5:B7'], reading: '表头B3:B4“全血人次”' },
    wholeBloodUnits: { file, sheet: '1月', cells: ['C5:C7'], reading: '表头C3:C4“全血单位(U)”' },
    plateletDonors: { file, sheet: '1月', cells: ['D5:D7'], reading: '表头D3:D4“机采血小板人次”' },
    plateletDoses: { file, sheet: '1月', cells: ['E5:E7'], reading: '表头E3:E4“机采血小板治疗量”' },
  });
  assert.deepEqual(parsed.notices, []);
  assert.match(parsed.sha256, /^[0-9a-f]{64}$/);
});

test('one workbook per quarter, one sheet per month; instructions and hidden sheets skipped with a notice', () => {
  const parsed = parsedFixture('quarter-one-sheet-per-month.xlsx');
  assert.deepEqual(parsed.collections.map(figuresOf), [
    ['潼关县', '2025-01', 97, 169.5, 0, 0],
    ['潼关县', '2025-02', 73, 127.5, 0, 0],
    ['潼关县', '2025-03', 100, 175.5, 0, 0],
  ]);
  assert.deepEqual(parsed.collections.map((r) => r.sources.wholeBloodDonors.sheet), ['1月', '2月', '3月']);
  assert.deepEqual(parsed.collections[1].sources.wholeBloodUnits.cells, ['C3:C4']);
  assert.deepEqual(parsed.notices.map((n) => n.sheet), ['填表说明', '1月(旧)']);
  assert.match(parsed.notices[1].message, /隐藏/);
});

test('months as rows, "1月" taking its year from the title; 去年同期 row not read', () => {
  const parsed = parsedFixture('months-as-rows.xlsx');
  assert.deepEqual(parsed.collections.map(figuresOf), [
    ['大荔县', '2025-01', 320, 560, 0, 0],
    ['大荔县', '2025-02', 240, 420, 0, 0],
    ['大荔县', '2025-03', 330, 577.5, 0, 0],
  ]);
  assert.deepEqual(parsed.collections[2].sources.wholeBloodUnits.cells, ['C5']);
});

test('month cells as numbers, text and dates: 2024.11, "2024.12", "2025-01", 202502, a yyyy-mm date', () => {
  const parsed = parsedFixture('months-as-rows-month-formats.xlsx');
  assert.deepEqual(parsed.collections.map((r) => [r.county, r.month, r.wholeBloodDonors]), [
    ['合阳县', '2024-11', 150], ['合阳县', '2024-12', 170], ['合阳县', '2025-01', 200], ['合阳县', '2025-02', 150], ['合阳县', '2025-03', 210],
  ]);
});

test('header synonyms with stray spaces, line breaks and full-width parentheses (献血人数, 采血量（单位）, 机采人数, 血小板（人份）)', () => {
  assert.deepEqual(parsedFixture('header-synonyms.xlsx').collections.map(figuresOf), [['白水县', '2025-02', 112, 196, 2, 3]]);
});

test('columns in any order; 备注, blood groups, first-time and 400 ml columns ignored; county and month in labelled cells', () => {
  const [record] = parsedFixture('columns-any-order-extra-columns.xlsx').collections;
  assert.deepEqual(figuresOf(record), ['澄城县', '2025-03', 155, 281.5, 0, 0]);
  assert.deepEqual(record.sources.wholeBloodDonors.cells, ['J3:J5']);
  assert.deepEqual(record.sources.wholeBloodUnits.cells, ['D3:D5']);
  assert.deepEqual(record.sources.plateletDoses.cells, ['B3:B5']);
});

test('numbers stored as text ("1,023 ", full-width digits) and "-", "—", "/", blanks as 0; county and month from the sheet name', () => {
  const [record] = parsedFixture('numbers-as-text.xlsx').collections;
  assert.deepEqual(figuresOf(record), ['富平县', '2025-01', 1045, 1831.5, 0, 0]);
  assert.equal(record.sources.wholeBloodDonors.sheet, '富平县2025年1月');
});

test('formula cells use the result Excel cached', () => {
  assert.deepEqual(parsedFixture('formula-cached.xlsx').collections.map(figuresOf), [['蒲城县', '2025-01', 300, 525, 10, 15]]);
});

test('a 合计 row of formulas without cached results is only a notice: the sites are the figures', () => {
  const parsed = parsedFixture('total-formula-no-cache.xlsx');
  assert.deepEqual(parsed.collections.map(figuresOf), [['华阴市', '2025-01', 200, 350, 0, 0]]);
  assert.deepEqual(parsed.notices.map((n) => n.cell), ['B5', 'C5']);
  assert.match(parsed.notices[0].message, /未计算的公式/);
});

test('whole-blood volume in 毫升 converts at 200 ml = 1 U', () => {
  const [record] = parsedFixture('whole-blood-ml.xlsx').collections;
  assert.deepEqual(figuresOf(record), ['华州区', '2025-02', 90, 155.5, 0, 0]);
  assert.deepEqual(record.sources.wholeBloodUnits.cells, ['C3:C4']);
});

test('a city-level sheet with a county column: aliases resolved, a functional zone summed into its parent county', () => {
  const parsed = parsedFixture('渭南市-2025年1月-各县区汇总.xlsx');
  assert.deepEqual(parsed.collections.map(figuresOf), [
    ['临渭区', '2025-01', 1242, 2173.5, 130, 201],
    ['华州区', '2025-01', 151, 264, 0, 0],
    ['华阴市', '2025-01', 166, 290.5, 0, 0],
  ]);
  assert.deepEqual(parsed.collections[0].sources.wholeBloodDonors.cells, ['C3:C4']);
});

test('counties merged down over their sites, with a 小计 per county and a 合计', () => {
  const parsed = parsedFixture('渭南市-2025年2月-县区分采血点-小计.xlsx');
  assert.deepEqual(parsed.collections.map(figuresOf), [
    ['华阴市', '2025-02', 124, 217, 0, 0],
    ['潼关县', '2025-02', 73, 127.5, 0, 0],
  ]);
  assert.deepEqual(parsed.collections[1].sources.wholeBloodDonors.cells, ['C6:C7']);
});
