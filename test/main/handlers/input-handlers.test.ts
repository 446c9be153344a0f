import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { writeCorrected } from '../../renderer/fixtures.ts';
import { handlerFixture, SAMPLE } from './handler-fixture.ts';

const HUAZHOU = join(SAMPLE, 'data', '华州区');

async function withProfile() {
  const fixture = await handlerFixture();
  const profile = JSON.parse(await readFile(join(SAMPLE, 'profile.json'), 'utf8'));
  assert.deepEqual(await fixture.handlers.saveProfile({ profile }), { ok: true });
  return fixture;
}

describe('input handlers', () => {
  it('refuses to import before the profile exists, naming where to enter it', async () => {
    const { handlers } = await handlerFixture();
    await assert.rejects(handlers.importInputs({ paths: [HUAZHOU], replace: false }), /请先在“基础信息”页填写/);
  });

  it('reads only what the user chose, and remembers the folder for the next dialog', async () => {
    const { handlers, script, progress } = await withProfile();
    await assert.rejects(handlers.importInputs({ paths: [HUAZHOU], replace: false }), /已拒绝读取/);
    script.inputs.push([HUAZHOU]);
    assert.deepEqual(await handlers.chooseInputs({ mode: 'folder' }), [HUAZHOU]);
    const result = await handlers.importInputs({ paths: [HUAZHOU], replace: false });
    assert.equal(result.files.length, 15);
    assert.ok(result.files.every((f) => f.status === 'imported'));
    assert.deepEqual(progress.at(-1), { task: 'import', done: 15, total: 15 });
    assert.equal(progress.filter((p) => p.current !== undefined).length, 15, 'one progress event per file');
    await handlers.chooseInputs({ mode: 'files' });
    assert.deepEqual(script.shown.map((s) => s.defaultPath), [undefined, HUAZHOU]);
  });

  it('registers dropped paths as chosen', async () => {
    const { handlers } = await withProfile();
    const file = join(HUAZHOU, '华州区2025年1月采血统计.xlsx');
    await handlers.registerDropped({ paths: [file] });
    assert.equal((await handlers.importInputs({ paths: [file], replace: false })).files[0].status, 'imported');
    await assert.rejects(handlers.importInputs({ paths: [join(HUAZHOU, '华州区2025年2月采血统计.xlsx')], replace: false }), /已拒绝读取/);
  });

  it('shows a conflict side by side and keeps it for the overview until 保留 forgets it', async () => {
    const { handlers, dir } = await withProfile();
    const { original, corrected } = await conflictingFiles(dir);
    await handlers.registerDropped({ paths: [original, corrected] });
    await handlers.importInputs({ paths: [original], replace: false });
    const [result] = (await handlers.importInputs({ paths: [corrected], replace: false })).files;
    assert.equal(result.status, 'conflict');
    assert.deepEqual([result.conflicts[0].stored.figures.wholeBloodDonors, result.conflicts[0].incoming.figures.wholeBloodDonors], [151, 161]);
    assert.match(result.conflicts[0].message, /华州区/);
    const row = (await handlers.getOverview({ year: 2025 })).counties.indexOf('华州区');
    assert.equal((await handlers.getOverview({ year: 2025 })).statuses[row][0], 'conflict');
    assert.equal((await handlers.getCellDetail({ county: '华州区', month: '2025-01' })).conflicts.length, 1);
    assert.equal(await handlers.resolveConflict({ file: corrected, choice: 'keep' }), null);
    assert.equal((await handlers.getOverview({ year: 2025 })).statuses[row][0], 'received');
    assert.equal((await handlers.getCellDetail({ county: '华州区', month: '2025-01' })).figures?.wholeBloodDonors, 151);
    await assert.rejects(handlers.resolveConflict({ file: corrected, choice: 'replace' }), /没有待处理的冲突/);
  });

  it('替换 stores the incoming figures and keeps the old version in history', async () => {
    const { handlers, dir } = await withProfile();
    const { original, corrected } = await conflictingFiles(dir);
    await handlers.registerDropped({ paths: [original, corrected] });
    await handlers.importInputs({ paths: [original], replace: false });
    await handlers.importInputs({ paths: [corrected], replace: false });
    assert.equal((await handlers.resolveConflict({ file: corrected, choice: 'replace' }))?.status, 'imported');
    const detail = await handlers.getCellDetail({ county: '华州区', month: '2025-01' });
    assert.equal(detail.figures?.wholeBloodDonors, 161);
    assert.deepEqual(detail.history.map((v) => [v.current, v.figures.wholeBloodDonors]), [[true, 161], [false, 151]]);
    assert.deepEqual(detail.conflicts, []);
    assert.deepEqual((await handlers.getImportHistory({})).map((e) => [e.added, e.replaced]), [[0, 1], [1, 0]]);
  });
});

/** The sample's 华州区 January workbook, and a corrected copy with 10 more whole-blood donations. */
async function conflictingFiles(dir: string): Promise<{ original: string; corrected: string }> {
  const original = join(HUAZHOU, '华州区2025年1月采血统计.xlsx');
  const corrected = join(dir, '华州区2025年1月采血统计（更正）.xlsx');
  await writeCorrected(original, corrected);
  return { original, corrected };
}
