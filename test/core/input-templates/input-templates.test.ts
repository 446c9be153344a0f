import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { inputTemplates } from '../../../electron/core/input-templates/input-templates.ts';
import { parseInput } from '../../../electron/core/import/parse-input.ts';
import type { Profile } from '../../../electron/core/model.ts';

const PROFILE: Profile = JSON.parse(readFileSync(new URL('../../fixtures/profile-weinan.json', import.meta.url), 'utf8'));

async function template(name: string, profile?: Profile): Promise<Uint8Array> {
  const file = (await inputTemplates(profile)).find((f) => f.name === name);
  assert.ok(file, name);
  return file.bytes;
}

/** Fills a template as a clerk would in Excel: values typed, then the 合计 formulas recalculated (results cached). */
async function fill(bytes: Uint8Array, sheetName: string, values: Record<string, string | number>, recalculate = true): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(sheetName)!;
  for (const [address, value] of Object.entries(values)) sheet.getCell(address).value = value;
  if (recalculate) sheet.eachRow((row) => row.eachCell((cell) => {
    const formula = cell.formula && /^SUM\(([A-Z])(\d+):\1(\d+)\)$/.exec(cell.formula);
    if (!formula) return;
    let sum = 0;
    for (let r = Number(formula[2]); r <= Number(formula[3]); r++) sum += Number(sheet.getCell(`${formula[1]}${r}`).value ?? 0);
    cell.value = { formula: cell.formula, result: sum, date1904: false } as ExcelJS.CellFormulaValue;
  }));
  return new Uint8Array(await workbook.xlsx.writeBuffer() as ArrayBuffer);
}

test('two templates, byte-for-byte the same on every call', async () => {
  const [a, b] = [await inputTemplates(PROFILE), await inputTemplates(PROFILE)];
  assert.deepEqual(a.map((f) => f.name), ['采血月报模板.xlsx', '供血月报模板.xlsx']);
  a.forEach((file, i) => assert.ok(Buffer.from(file.bytes).equals(Buffer.from(b[i].bytes)), file.name));
});

test('the unfilled templates are refused with a clear message, not a crash', async () => {
  const collection = parseInput({ name: '采血月报模板.xlsx', bytes: await template('采血月报模板.xlsx', PROFILE) }, PROFILE);
  assert.deepEqual(collection, { ok: false, problems: [{ file: '采血月报模板.xlsx', sheet: '采血月报', cell: 'B2', message: '表格中没有填写任何数字，也未填写区县（B2）、统计月份（D2），未导入' }] });
  const supply = parseInput({ name: '供血月报模板.xlsx', bytes: await template('供血月报模板.xlsx') }, PROFILE);
  assert.equal(supply.ok, false);
  assert.match(supply.ok ? '' : supply.problems[0].message, /未填写统计月份（B2）/);
});

test('the filled collection template imports with exact figures and sources', async () => {
  const bytes = await fill(await template('采血月报模板.xlsx', PROFILE), '采血月报', {
    B2: '华阴市', D2: '2025年1月',
    B5: 120, C5: 210, D5: 5, E5: 8,
    B6: 268, C6: 469.5, D6: 0, E6: 0,
    B7: 95, C7: 190,
  });
  const result = parseInput({ name: 'in/华阴-1月.xlsx', bytes }, PROFILE);
  assert.ok(result.ok, JSON.stringify(result));
  const [record] = result.value.collections;
  assert.deepEqual([record.county, record.month, record.wholeBloodDonors, record.wholeBloodUnits, record.plateletDonors, record.plateletDoses], ['华阴市', '2025-01', 483, 869.5, 5, 8]);
  assert.deepEqual(record.sources.wholeBloodDonors, { file: 'in/华阴-1月.xlsx', sheet: '采血月报', cells: ['B5:B7'], reading: '表头B3:B4“全血人次”' });
  assert.deepEqual(result.value.notices.map((n) => n.sheet), ['填表说明']);
});

test('a filled template whose 合计 was not recalculated is refused at the 合计 cell', async () => {
  const bytes = await fill(await template('采血月报模板.xlsx'), '采血月报', { B2: '华阴', D2: '2025年1月', B5: 120, C5: 210, D5: 0, E5: 0 }, false);
  const result = parseInput({ name: 't.xlsx', bytes }, PROFILE);
  assert.equal(result.ok, false);
  assert.deepEqual(result.ok ? [] : result.problems.map((p) => p.cell), ['B9', 'C9']);
});

test('the filled supply template imports with exact figures', async () => {
  const bytes = await fill(await template('供血月报模板.xlsx', PROFILE), '供血月报', {
    B2: '2025年2月',
    B4: 772, C4: 111300, D4: 80, E4: 173,
    B5: 335, C5: 45400, D5: 26, E5: 57,
  });
  const result = parseInput({ name: '供血.xlsx', bytes }, PROFILE);
  assert.ok(result.ok, JSON.stringify(result));
  assert.deepEqual(result.value.supplies.map((r) => [r.hospital, r.month, r.redCellsU, r.plasmaMl, r.plateletDoses, r.cryoU]), [
    ['渭南市中心医院', '2025-02', 772, 111300, 80, 173],
    ['渭南市第二医院', '2025-02', 335, 45400, 26, 57],
  ]);
});

test('with a profile, the county cell offers the profile counties in a dropdown', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await template('采血月报模板.xlsx', PROFILE)) as unknown as ExcelJS.Buffer);
  const validation = workbook.getWorksheet('采血月报')!.getCell('B2').dataValidation;
  assert.equal(validation.type, 'list');
  const range = /^'填表说明'!\$B\$(\d+):\$B\$(\d+)$/.exec(validation.formulae?.[0] ?? '');
  assert.ok(range, String(validation.formulae));
  const listed = [];
  for (let r = Number(range[1]); r <= Number(range[2]); r++) listed.push(workbook.getWorksheet('填表说明')!.getCell(`B${r}`).value);
  assert.deepEqual(listed, PROFILE.counties.map((c) => c.name));
});

test('without a profile, no dropdown is offered', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await template('采血月报模板.xlsx')) as unknown as ExcelJS.Buffer);
  assert.equal(workbook.getWorksheet('采血月报')!.getCell('B2').dataValidation, undefined);
});
