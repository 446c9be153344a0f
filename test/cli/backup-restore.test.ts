/**
 * Backups: `backup` writes a consistent copy with VACUUM INTO, `restore` brings one back after saving the
 * current contents (so a restore is itself undone by restoring that), and every import into an existing
 * database first leaves a rolling backup (the newest 10 kept).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './captured-cli.ts';
import { backupFolder } from '../../electron/core/store/backup-database.ts';
import { openStore } from '../../electron/core/store/open-store.ts';

const PROFILE = 'templates/sample/profile.json';
const LINWEI = 'templates/sample/data/临渭区';
const HUAZHOU = 'templates/sample/data/华州区';

function counties(db: string): string[] {
  const store = openStore(db);
  try {
    return [...new Set(store.collections(['2025-01']).map((r) => r.county))].sort();
  } finally {
    store.close();
  }
}

test('backup, import more, restore: the database is as backed up; restoring the saved copy undoes the restore', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bb-backup-'));
  const db = join(dir, '血站.sqlite');
  assert.equal((await cli('import', '--profile', PROFILE, '--db', db, LINWEI)).code, 0);
  const saved = await cli('backup', '--db', db, '--out', join(dir, '一月.sqlite'));
  assert.equal(saved.code, 0, saved.err);
  assert.equal(saved.out, `已备份数据库：${join(dir, '一月.sqlite')}\n`);
  assert.equal((await cli('import', '--profile', PROFILE, '--db', db, HUAZHOU)).code, 0);
  assert.deepEqual(counties(db), ['临渭区', '华州区']);

  const restored = await cli('restore', '--db', db, '--from', join(dir, '一月.sqlite'), '--now', '2025-04-11T09:00:00+08:00');
  assert.equal(restored.code, 0, restored.err);
  assert.deepEqual(counties(db), ['临渭区']);
  const undo = /恢复前的数据库已备份为：(.+?)（/.exec(restored.out)?.[1];
  assert.ok(undo, restored.out);
  assert.equal((await cli('restore', '--db', db, '--from', undo)).code, 0);
  assert.deepEqual(counties(db), ['临渭区', '华州区']);
});

test('a backup never overwrites a file, and a file that is not our database is not restored', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bb-backup-'));
  const db = join(dir, '血站.sqlite');
  await cli('import', '--profile', PROFILE, '--db', db, LINWEI);
  writeFileSync(join(dir, '别的.sqlite'), 'not a database at all, just text');
  const over = await cli('backup', '--db', db, '--out', join(dir, '别的.sqlite'));
  assert.equal(over.code, 1);
  assert.match(over.err, /已存在：备份不会覆盖已有文件/);
  const bad = await cli('restore', '--db', db, '--from', join(dir, '别的.sqlite'));
  assert.equal(bad.code, 1);
  assert.match(bad.err, /不是本程序的数据库，或已损坏|无法打开，不是数据库文件或已损坏/);
  assert.deepEqual(counties(db), ['临渭区']);
});

test('each import into an existing database leaves a rolling backup; the newest 10 are kept', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bb-backup-'));
  const db = join(dir, '血站.sqlite');
  await cli('import', '--profile', PROFILE, '--db', db, join(LINWEI, '临渭区2025年1月采血统计.xlsx'));
  assert.throws(() => readdirSync(backupFolder(db)), /ENOENT/, 'no backup of a database that did not exist');
  for (let i = 0; i < 12; i += 1) await cli('import', '--profile', PROFILE, '--db', db, '--now', `2025-04-${String(i + 10).padStart(2, '0')}T09:00:00+08:00`, join(LINWEI, '临渭区2025年1月采血统计.xlsx'));
  const kept = readdirSync(backupFolder(db)).sort();
  assert.equal(kept.length, 10);
  assert.deepEqual([kept[0], kept[9]], ['血站-20250412-010000.sqlite', '血站-20250421-010000.sqlite']);
  assert.deepEqual(counties(join(backupFolder(db), kept[0]!)), ['临渭区']);
});

test('delete-import previews without --yes, deletes with --yes after a backup, and restoring that backup undoes it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bb-delete-'));
  const db = join(dir, '血站.sqlite');
  await cli('import', '--profile', PROFILE, '--db', db, join(LINWEI, '临渭区2025年1月采血统计.xlsx'));
  await cli('import', '--profile', PROFILE, '--db', db, join(HUAZHOU, '华州区2025年1月采血统计.xlsx'));
  const list = await cli('imports', '--db', db);
  assert.match(list.out, /^2  .*华州区2025年1月采血统计\.xlsx  华州区 2025年1月  新增 1，替换 0\n1  .*临渭区2025年1月采血统计\.xlsx/);

  const preview = await cli('delete-import', '--db', db, '--import', '2');
  assert.equal(preview.code, 0);
  assert.match(preview.out, /^将删除第 2 次导入：.*华州区2025年1月采血统计\.xlsx.*共 1 项\n    华州区 2025年1月：删除后该月没有数据\n以上只是预览，未作改动/);
  assert.deepEqual(counties(db), ['临渭区', '华州区']);

  const done = await cli('delete-import', '--db', db, '--import', '2', '--yes', '--now', '2025-04-11T09:00:00+08:00');
  assert.equal(done.code, 0, done.err);
  assert.match(done.out, /^已删除第 2 次导入/);
  assert.deepEqual(counties(db), ['临渭区']);
  const backup = /删除前的数据库已备份为：(.+?)（/.exec(done.out)?.[1];
  assert.ok(backup, done.out);
  assert.equal((await cli('restore', '--db', db, '--from', backup)).code, 0);
  assert.deepEqual(counties(db), ['临渭区', '华州区']);

  const missing = await cli('delete-import', '--db', db, '--import', '99', '--yes');
  assert.equal(missing.code, 1);
  assert.match(missing.err, /没有编号为 99 的导入/);
});

test('importing into a file that is not our database says so in Chinese before any backup or import', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bb-backup-'));
  const db = join(dir, '血站.sqlite');
  writeFileSync(db, 'garbage, not SQLite');
  const run = await cli('import', '--profile', PROFILE, '--db', db, join(LINWEI, '临渭区2025年1月采血统计.xlsx'));
  assert.equal(run.code, 1);
  assert.equal(run.err, `发生意外错误：无法打开数据库 ${db}：该文件不是本程序的数据库，或已损坏。\n`);
});

test('automatic backups are listed newest first, a second backup in the same second after the first', async () => {
  const { listBackups, rollingBackup } = await import('../../electron/core/store/backup-database.ts');
  const dir = mkdtempSync(join(tmpdir(), 'bb-backup-'));
  const db = join(dir, '血站.sqlite');
  await cli('import', '--profile', PROFILE, '--db', db, join(LINWEI, '临渭区2025年1月采血统计.xlsx'));
  for (const at of ['2025-04-11T01:00:00Z', '2025-04-11T01:00:00Z', '2025-04-11T01:00:00Z', '2025-04-10T08:00:00Z']) rollingBackup(db, new Date(at));
  assert.deepEqual(listBackups(db).map((b) => [b.name, b.at]), [
    ['血站-20250411-010000-2.sqlite', '2025-04-11T01:00:00.000Z'], ['血站-20250411-010000-1.sqlite', '2025-04-11T01:00:00.000Z'],
    ['血站-20250411-010000.sqlite', '2025-04-11T01:00:00.000Z'], ['血站-20250410-080000.sqlite', '2025-04-10T08:00:00.000Z'],
  ]);
  rollingBackup(db, new Date('2025-04-11T01:00:00Z'), 2);
  assert.deepEqual(listBackups(db).map((b) => b.name), ['血站-20250411-010000-3.sqlite', '血站-20250411-010000-2.sqlite'], 'pruning keeps the newest, not the first by name');
});
