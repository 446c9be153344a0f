import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Profile } from '../../../electron/core/model.ts';
import { xlsxBook, type CellSpec } from '../../fixtures/lib/workbook-spec.ts';
import { handlerFixture, SAMPLE } from './handler-fixture.ts';

/** A county system's export whose indicator codes no vocabulary knows. */
function exportRows(month: number, extra = false): CellSpec[][] {
  const head = ['点位', ...(extra ? ['备注'] : []), 'XB01', 'XB02', 'JC01', 'JC02'];
  return [[`统计月份：2025年${month}月`], head, ['城关', ...(extra ? [''] : []), 120 + month, 48000, 0, 0], ['坊镇', ...(extra ? ['雨天'] : []), 60, 21000, 0, 0]];
}

const MAPPING = {
  name: '合阳县系统导出', county: '合阳县', sheet: 'Sheet1', headerRow: 1,
  columns: { wholeBloodDonors: { col: 1 }, wholeBloodUnits: { col: 2, unit: 'ml' as const }, plateletDonors: { col: 3 }, plateletDoses: { col: 4 } },
};

async function withFiles() {
  const fixture = await handlerFixture();
  const profile = JSON.parse(await readFile(join(SAMPLE, 'profile.json'), 'utf8'));
  assert.deepEqual(await fixture.handlers.saveProfile({ profile }), { ok: true });
  const april = join(fixture.dir, '合阳县4月.xlsx');
  const may = join(fixture.dir, '合阳县5月.xlsx');
  await writeFile(april, await xlsxBook([{ name: 'Sheet1', rows: exportRows(4) }]));
  await writeFile(may, await xlsxBook([{ name: 'Sheet1', rows: [['合阳县采血数据'], ...exportRows(5, true)] }]));
  await fixture.handlers.registerDropped({ paths: [april, may] });
  return { ...fixture, april, may };
}

describe('mapping handlers', () => {
  it('refused, shown as a grid, mapped, previewed, saved; the next month imports with no question', async () => {
    const { handlers, april, may } = await withFiles();
    const first = await handlers.importInputs({ paths: [april], replace: false });
    assert.equal(first.files[0].status, 'rejected');
    const shown = await handlers.getSheetPreview({ file: april });
    assert.deepEqual(shown.sheets[0].rows[1], ['点位', 'XB01', 'XB02', 'JC01', 'JC02']);
    assert.ok(shown.counties.includes('合阳县'));
    const preview = await handlers.previewMapping({ file: april, mapping: MAPPING });
    assert.deepEqual(preview.problems, []);
    assert.deepEqual(preview.records.map((r) => [r.county, r.month, r.figures.wholeBloodDonors, r.figures.wholeBloodUnits]), [['合阳县', '2025-04', 184, 345]]);
    assert.deepEqual(preview.records[0].cells.wholeBloodDonors, ['B3:B4']);
    const saved = await handlers.saveMapping({ file: april, mapping: MAPPING });
    assert.equal(saved.status, 'imported');
    const profile = await handlers.getProfile({}) as Profile;
    assert.deepEqual(profile.layouts?.map((r) => [r.name, r.county, r.fromFile]), [['合阳县系统导出', '合阳县', '合阳县4月.xlsx']]);
    const next = await handlers.importInputs({ paths: [may], replace: false });
    assert.equal(next.files[0].status, 'imported', JSON.stringify(next.files[0].problems));
    assert.deepEqual(next.files[0].months, ['2025-05']);
  });

  it('a mapping pointing at an empty cell is not saved and stores nothing', async () => {
    const { handlers, april } = await withFiles();
    const bad = { ...MAPPING, columns: { ...MAPPING.columns, plateletDoses: { col: 9 } } };
    const preview = await handlers.previewMapping({ file: april, mapping: bad });
    assert.match(preview.problems[0].message, /该单元格是空的/);
    await assert.rejects(handlers.saveMapping({ file: april, mapping: bad }), /该映射还不能保存/);
    assert.equal(((await handlers.getProfile({})) as Profile).layouts, undefined);
  });

  it('reads only files the user chose or dropped', async () => {
    const { handlers } = await withFiles();
    await assert.rejects(handlers.getSheetPreview({ file: '/etc/passwd' }), /已拒绝读取/);
  });
});

describe('layout rules on the profile screen', () => {
  async function mapped() {
    const fixture = await withFiles();
    await fixture.handlers.saveMapping({ file: fixture.april, mapping: MAPPING });
    return fixture;
  }

  it('saving the profile editor keeps the stored rules (the editor does not carry them), and a JSON file adds its rules', async () => {
    const { handlers } = await mapped();
    const profile = await handlers.getProfile({}) as Profile;
    const { layouts: _, ...edited } = { ...profile, station: '渭南市中心血站（改）' };
    assert.deepEqual(await handlers.saveProfile({ profile: edited }), { ok: true });
    assert.deepEqual(((await handlers.getProfile({})) as Profile).layouts?.map((r) => r.name), ['合阳县系统导出']);
    const fromFile = { ...edited, layouts: [{ ...profile.layouts![0], name: '邻市规则' }] };
    assert.deepEqual(await handlers.saveProfile({ profile: fromFile }), { ok: true });
    assert.deepEqual(((await handlers.getProfile({})) as Profile).layouts?.map((r) => r.name), ['合阳县系统导出', '邻市规则']);
  });

  it('renames and deletes rules; a bad rule is refused with the validator\'s message', async () => {
    const { handlers } = await mapped();
    const [rule] = ((await handlers.getProfile({})) as Profile).layouts!;
    assert.deepEqual(await handlers.saveLayouts({ layouts: [{ ...rule, name: '合阳县新系统' }] }), { ok: true });
    assert.deepEqual(((await handlers.getProfile({})) as Profile).layouts?.map((r) => r.name), ['合阳县新系统']);
    const bad = await handlers.saveLayouts({ layouts: [{ ...rule, county: '眉县' }] });
    assert.ok(!bad.ok && /“眉县”不是基础信息中的区县/.test(bad.problems[0].message));
    assert.deepEqual(await handlers.saveLayouts({ layouts: [] }), { ok: true });
    assert.equal(((await handlers.getProfile({})) as Profile).layouts, undefined);
  });

  it('tests a stored rule against another file: what it would read, nothing stored', async () => {
    const { handlers, may, store } = await mapped();
    const tested = await handlers.testLayoutRule({ name: '合阳县系统导出', file: may });
    assert.deepEqual(tested.records.map((r) => [r.month, r.figures.wholeBloodDonors]), [['2025-05', 185]]);
    assert.equal(store.collections(['2025-05']).length, 0);
  });
});
