/**
 * 数据管理 in the app: deleting an import after showing what it stored, undo and redo, restoring a county-month's
 * earlier version, backups to a chosen file and from one (saying what it replaces), and reissuing an exported
 * briefing byte for byte after a later import changed the county's figures.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { handlerFixture, SAMPLE } from './handler-fixture.ts';
import { revisedCopy } from '../../cli/revised-copy.ts';

const LINWEI_MARCH = join(SAMPLE, 'data', '临渭区', '临渭区2025年3月采血统计.xlsx');

/** The sample profile and data imported into a database file in a fresh folder. */
async function withData() {
  const folder = await mkdtemp(join(tmpdir(), 'bb-data-handlers-'));
  const fixture = await handlerFixture(join(folder, 'blood-brief.sqlite'));
  await fixture.handlers.saveProfile({ profile: JSON.parse(await readFile(join(SAMPLE, 'profile.json'), 'utf8')) });
  await fixture.handlers.registerDropped({ paths: [join(SAMPLE, 'data')] });
  await fixture.handlers.importInputs({ paths: [join(SAMPLE, 'data')], replace: false });
  return { ...fixture, folder };
}

/** Imports a revised 临渭区 March (whole-blood count raised by `by`), replacing the stored one. */
async function reviseLinwei(fixture: Awaited<ReturnType<typeof withData>>, by: number): Promise<void> {
  const revised = join(fixture.dir, `临渭区2025年3月采血统计-修订${by}.xlsx`);
  await revisedCopy(LINWEI_MARCH, revised, by);
  await fixture.handlers.registerDropped({ paths: [revised] });
  const result = await fixture.handlers.importInputs({ paths: [revised], replace: true });
  assert.equal(result.files[0]?.status, 'imported', JSON.stringify(result.files[0]));
}

const linweiMarch = async (fixture: Awaited<ReturnType<typeof withData>>) => (await fixture.handlers.getCellDetail({ county: '临渭区', month: '2025-03' }));

describe('data handlers', () => {
  it('shows what deleting an import removes, deletes it after a backup, and undo/redo reverse it', async () => {
    const fixture = await withData();
    const { handlers } = fixture;
    const before = await linweiMarch(fixture);
    await reviseLinwei(fixture, 4);
    const overview = await handlers.getDataOverview({});
    const newest = overview.imports[0]!;
    assert.match(newest.file, /修订4\.xlsx$/);
    const plan = await handlers.planDeleteImport({ importId: newest.importId });
    assert.deepEqual(plan.versions.map((v) => [v.subject, v.month, v.afterwards]), [['临渭区', '2025-03', 'previous']]);

    await handlers.deleteImport({ importId: newest.importId });
    assert.deepEqual((await linweiMarch(fixture)).figures, before.figures);
    const after = await handlers.getDataOverview({});
    assert.equal(after.imports.length, overview.imports.length - 1);
    assert.ok(after.backups.length >= 1, 'a rolling backup before the deletion');
    assert.match(after.nextUndo ?? '', /^删除第 \d+ 次导入 .*修订4\.xlsx（1 项）$/);

    assert.equal((await handlers.undoAct({}))?.kind, 'undo');
    assert.equal((await linweiMarch(fixture)).figures?.wholeBloodDonors, before.figures!.wholeBloodDonors + 4);
    assert.match((await handlers.getDataOverview({})).nextRedo ?? '', /修订4/);
    assert.equal((await handlers.redoAct({}))?.kind, 'redo');
    assert.deepEqual((await linweiMarch(fixture)).figures, before.figures);
    await assert.rejects(handlers.deleteImport({ importId: newest.importId }), /没有编号为 \d+ 的导入（可能已删除），未作改动/);
  });

  it('restores an earlier version of a county-month from its history, and undo puts the newer back', async () => {
    const fixture = await withData();
    const original = await linweiMarch(fixture);
    await reviseLinwei(fixture, 6);
    const detail = await linweiMarch(fixture);
    assert.deepEqual(detail.history.map((v) => v.current), [true, false]);
    const older = detail.history[1]!;
    const act = await fixture.handlers.restoreVersion({ kind: 'collection', versionId: older.versionId });
    assert.match(act.summary, /^把 临渭区 2025年3月 恢复为版本/);
    assert.deepEqual((await linweiMarch(fixture)).figures, original.figures);
    await assert.rejects(fixture.handlers.restoreVersion({ kind: 'collection', versionId: older.versionId }), /已是 临渭区 2025年3月 的当前数据/);
    await fixture.handlers.undoAct({});
    assert.equal((await linweiMarch(fixture)).figures?.wholeBloodDonors, original.figures!.wholeBloodDonors + 6);
  });

  it('backs up to a chosen file, describes a chosen backup against the database, and restores it', async () => {
    const fixture = await withData();
    const { handlers, script, dir } = fixture;
    script.saves.push(join(dir, '备份.sqlite'));
    assert.deepEqual(await handlers.backupDatabase({}), { path: join(dir, '备份.sqlite') });
    await reviseLinwei(fixture, 2);
    script.files.push(join(dir, '备份.sqlite'));
    const choice = await handlers.chooseBackup({ path: null });
    assert.equal(choice!.current!.imports, choice!.backup.imports + 1, 'the database holds one import more than the backup');
    assert.deepEqual(choice!.backup.months, { from: '2024-01', to: '2025-03' });
    const restored = await handlers.restoreBackup({ path: join(dir, '备份.sqlite') });
    assert.match(restored.savedAs ?? '', /blood-brief\.sqlite-备份/);
    assert.equal((await handlers.getDataOverview({})).imports.length, choice!.backup.imports, 'the open database shows the backup\'s contents');
    await assert.rejects(handlers.restoreBackup({ path: join(tmpdir(), 'other.sqlite') }), /只能从您选择的备份文件或自动备份中恢复/);
    await assert.rejects(handlers.chooseBackup({ path: join(tmpdir(), 'other.sqlite') }), /只能查看自动备份文件夹中的备份/);
    const automatic = (await handlers.getDataOverview({})).backups[0]!;
    assert.equal((await handlers.chooseBackup({ path: automatic.path }))?.backup.path, automatic.path);
  });

  it('archives an exported briefing and reissues it byte for byte after a later import changed the figures', async () => {
    const fixture = await withData();
    const { handlers, script, dir } = fixture;
    const preview = await handlers.renderBriefing({ quarter: '2025Q1', settings: await handlers.getBriefingSettings({ quarter: '2025Q1' }) });
    script.saves.push(join(dir, '第1期.pdf'));
    await handlers.exportPdf({ token: preview.token });
    const [archived] = (await handlers.getDataOverview({})).briefings;
    assert.deepEqual([archived?.quarter, archived?.issue, archived?.pdfSha256], ['2025Q1', '第1期', preview.sha256]);

    await reviseLinwei(fixture, 9);
    assert.notEqual((await handlers.renderBriefing({ quarter: '2025Q1', settings: await handlers.getBriefingSettings({ quarter: '2025Q1' }) })).sha256, preview.sha256, 'the later import changed the briefing');
    script.saves.push(join(dir, '重新生成.pdf'));
    assert.deepEqual(await handlers.reissueBriefing({ id: archived!.id }), { path: join(dir, '重新生成.pdf') });
    assert.ok((await readFile(join(dir, '重新生成.pdf'))).equals(await readFile(join(dir, '第1期.pdf'))));
  });
});

describe('automatic backups in the app', () => {
  it('each import batch into the database file is preceded by a rolling backup', async () => {
    const fixture = await withData();
    assert.equal((await fixture.handlers.getDataOverview({})).backups.length, 1, 'the first batch backed up the (new) database');
    await reviseLinwei(fixture, 1);
    assert.equal((await fixture.handlers.getDataOverview({})).backups.length, 2);
  });
});
