import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figuresOf, parsedFixture, supplyOf } from './parse-fixture.ts';

test('supply sheet: one row per hospital (an alias among them), plasma in ml, 合计 checked, month in the title', () => {
  const parsed = parsedFixture('供血-2025年1月.xlsx');
  assert.deepEqual(parsed.kinds, ['supply']);
  assert.deepEqual(parsed.supplies.map(supplyOf), [
    ['渭南市中心医院', '2025-01', 1030, 148300, 107, 230],
    ['渭南市第二医院', '2025-01', 446, 60500, 35, 76],
    ['韩城市人民医院', '2025-01', 331, 43600, 19, 54],
    ['蒲城县医院', '2025-01', 220, 30200, 9, 35],
  ]);
  assert.deepEqual(parsed.supplies[0].sources.plasmaMl.cells, ['D3']);
});

test('plasma in U is stored as ml (100 ml = 1 U); a hospital under its name and its alias is summed', () => {
  const parsed = parsedFixture('供血-2025年2月-血浆U-同院两行.xlsx');
  assert.deepEqual(parsed.supplies.map(supplyOf), [
    ['渭南市中心医院', '2025-02', 772, 111300, 80, 173],
    ['渭南市第二医院', '2025-02', 335, 45400, 26, 57],
  ]);
  assert.deepEqual(parsed.supplies[0].sources.plasmaMl.cells, ['C3:C4']);
});

test('red cells and plasma split by product are summed into the category; month from the file name', () => {
  const parsed = parsedFixture('供血-2025年3月-红细胞分品种.xlsx');
  assert.deepEqual(parsed.supplies.map(supplyOf), [
    ['大荔县医院', '2025-03', 194, 24800, 4, 26],
    ['富平县医院', '2025-03', 209, 27400, 6, 32],
  ]);
  assert.deepEqual(parsed.supplies[0].sources.redCellsU.cells, ['B3:C3']);
  assert.deepEqual(parsed.supplies[0].sources.plasmaMl.cells, ['D3:E3']);
});

test('a workbook with a collection sheet and a supply sheet yields both kinds', () => {
  const parsed = parsedFixture('采血与供血-2025年1月.xlsx');
  assert.deepEqual(parsed.kinds, ['collection', 'supply']);
  assert.deepEqual(parsed.collections.map(figuresOf), [['华阴市', '2025-01', 166, 290.5, 0, 0]]);
  assert.deepEqual(parsed.supplies.map(supplyOf), [['华阴市人民医院', '2025-01', 87, 10300, 0, 8]]);
});
