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
import { runCli } from '../../electron/cli/run-cli.ts';
import { backupFolder } from '../../electron/core/store/backup-database.ts';
import { openStore } from '../../electron/core/store/open-store.ts';

const PROFILE = 'templates/sample/profile.json';
const LINWEI = 'templates/sample/data/临渭区';
const HUAZHOU = 'templates/sample/data/华州区';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env: {} });
  return { code, out: out.join(''), err: err.join('') };
}

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
