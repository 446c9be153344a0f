import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figuresOf, fixturePath, parsedFixture } from './parse-fixture.ts';

for (const name of ['华阴市-2025年2月-GBK.csv', '华阴市-2025年2月-UTF8-BOM.csv', '华阴市-2025年2月-UTF8.csv']) {
  test(`CSV ${name}: encoding detected, quoted "1,023" read as a number, two-level header without merges`, () => {
    const [record] = parsedFixture(name).collections;
    assert.deepEqual(figuresOf(record), ['华阴市', '2025-02', 1111, 1944.5, 0, 0]);
    // A CSV has no sheets: the source names the file, and the cells as Excel would show them.
    assert.deepEqual(record.sources.wholeBloodDonors, { file: fixturePath(name), sheet: name.replace(/\.csv$/, ''), cells: ['B4:B6'], reading: '表头B2:B3“全血人次”' });
  });
}

test('CSV problems carry no sheet name', () => {
  assert.equal(parsedFixture('华阴市-2025年2月-GBK.csv').notices.length, 0);
});

test('legacy .xls (BIFF8) with a merged title and a two-level header', () => {
  const [record] = parsedFixture('潼关县-2025年1月.xls').collections;
  assert.deepEqual(figuresOf(record), ['潼关县', '2025-01', 97, 169.5, 0, 0]);
  assert.deepEqual(record.sources.wholeBloodUnits, { file: fixturePath('潼关县-2025年1月.xls'), sheet: 'Sheet1', cells: ['C4:C5'], reading: '表头C2:C3“全血单位(U)”' });
});
