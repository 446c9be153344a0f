import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrate, userVersion } from '../../../electron/core/store/migrate.ts';
import { MIGRATIONS } from '../../../electron/core/store/migrations.ts';
import { openStore } from '../../../electron/core/store/open-store.ts';
import { collection, figures, parsedFile } from './parsed-file.ts';

const LATEST = MIGRATIONS.at(-1)?.version ?? 0;
const AT = { replace: false, importedAt: '2025-02-03T02:00:00.000Z' };
const HUAYIN_JAN = collection('华阴市', '2025-01', figures(812, 1624, 31, 40), '华阴1月.xlsx');

function withTempDir(work: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'blood-brief-migrate-'));
  try {
    work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a new database gets every migration; opening it again applies nothing twice', () => {
  withTempDir((dir) => {
    const path = join(dir, 'store.sqlite');
    openStore(path).close();
    openStore(path).close();
    const db = new DatabaseSync(path);
    assert.equal(userVersion(db), MIGRATIONS.at(-1)?.version);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
    assert.deepEqual(tables.map((t) => t.name), ['acts', 'briefings', 'collection_versions', 'import_warnings', 'imports', 'settings', 'supply_versions']);
    db.close();
  });
});

test('an existing file upgrades in place to a later migration, keeping its data', () => {
  withTempDir((dir) => {
    const path = join(dir, 'store.sqlite');
    const store = openStore(path);
    store.importFile(parsedFile('华阴1月.xlsx', [HUAYIN_JAN]), AT);
    store.close();
    const next = { version: LATEST + 1, sql: "ALTER TABLE imports ADD COLUMN operator TEXT NOT NULL DEFAULT '未记录'" };
    const db = new DatabaseSync(path);
    migrate(db, [...MIGRATIONS, next], path);
    assert.equal(userVersion(db), LATEST + 1);
    assert.deepEqual({ ...db.prepare('SELECT file, operator FROM imports').get() }, { file: '华阴1月.xlsx', operator: '未记录' });
    assert.equal(Number(db.prepare('SELECT whole_blood_donors FROM collection_versions').get()?.whole_blood_donors), 812);
    db.close();
  });
});

test('a version-1 file gains the details column (migration 2); its county-months read back without details', () => {
  withTempDir((dir) => {
    const path = join(dir, 'store.sqlite');
    const db = new DatabaseSync(path);
    migrate(db, MIGRATIONS.slice(0, 1), path);
    db.exec(`INSERT INTO imports (file, sha256, imported_at, kinds, added, replaced, unchanged, counties, hospitals, months, notices)
      VALUES ('old.xlsx', 'ab', '2025-04-01T00:00:00Z', '["collection"]', 1, 0, 0, '[]', '[]', '[]', '[]');
      INSERT INTO collection_versions (import_id, county, month, whole_blood_donors, whole_blood_units, platelet_donors, platelet_doses, sources, current)
      VALUES (1, '华阴市', '2025-01', 10, 15, 0, 0, '{}', 1);`);
    db.close();
    const store = openStore(path);
    const [record] = store.collections(['2025-01']);
    assert.deepEqual([record.county, record.wholeBloodDonors, record.volumeClasses, record.breakdown], ['华阴市', 10, undefined, undefined]);
    store.close();
  });
});

test('a failing migration leaves the file at its previous version', () => {
  withTempDir((dir) => {
    const path = join(dir, 'store.sqlite');
    openStore(path).close();
    const broken = { version: LATEST + 1, sql: 'CREATE TABLE extra (x INTEGER); ALTER TABLE no_such_table ADD COLUMN y TEXT' };
    const db = new DatabaseSync(path);
    assert.throws(() => migrate(db, [...MIGRATIONS, broken], path), /no such table/);
    assert.equal(userVersion(db), LATEST);
    assert.equal(db.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get(), undefined);
    db.close();
  });
});

test('a database from a newer program is refused in Chinese, untouched', () => {
  withTempDir((dir) => {
    const path = join(dir, 'store.sqlite');
    const db = new DatabaseSync(path);
    db.exec('PRAGMA user_version = 99');
    db.close();
    assert.throws(() => openStore(path), new RegExp(`由更新版本的程序创建（结构版本 99，本程序支持到 ${LATEST}），请升级本程序`));
  });
});

test('a file that is not a database is refused in Chinese', () => {
  withTempDir((dir) => {
    const path = join(dir, 'notes.sqlite');
    writeFileSync(path, '这不是数据库'.repeat(200));
    assert.throws(() => openStore(path), /无法打开数据库 .*notes\.sqlite：该文件不是本程序的数据库，或已损坏。/);
  });
});

test('a version-1 file keeps its replacement chains: deleting a correction made before the upgrade brings the old figures back', () => {
  withTempDir((dir) => {
    const path = join(dir, 'store.sqlite');
    const db = new DatabaseSync(path);
    migrate(db, MIGRATIONS.slice(0, 1), path);
    const imp = "INSERT INTO imports (file, sha256, imported_at, kinds, added, replaced, unchanged, counties, hospitals, months, notices) VALUES (?, 'x', 't', '[]', 1, 0, 0, '[]', '[]', '[]', '[]')";
    db.prepare(imp).run('旧.xlsx');
    db.prepare(imp).run('更正.xlsx');
    const ver = `INSERT INTO collection_versions (import_id, county, month, whole_blood_donors, whole_blood_units, platelet_donors, platelet_doses,
      sources, current) VALUES (?, '华阴市', '2025-01', ?, 1, 0, 0, '{}', ?)`;
    db.prepare(ver).run(1, 800, 0);
    db.prepare(ver).run(2, 820, 1);
    db.exec('UPDATE collection_versions SET replaced_by = 2 WHERE id = 1');
    db.close();
    const store = openStore(path);
    assert.deepEqual(store.planDeletion(2)?.versions.map((v) => v.afterwards), ['previous']);
    store.deleteImport(2, 'now');
    assert.deepEqual(store.history({ kind: 'collection', county: '华阴市', month: '2025-01' }).map((v) => [v.record.wholeBloodDonors, v.current]), [[800, true]]);
    store.close();
  });
});

test('restoring a version-1 backup into an open database upgrades it, so the open connection finds the act log', async () => {
  const { restoreDatabase } = await import('../../../electron/core/store/backup-database.ts');
  const dir = mkdtempSync(join(tmpdir(), 'blood-brief-migrate-'));
  try {
    const old = join(dir, 'old.sqlite');
    const raw = new DatabaseSync(old);
    migrate(raw, MIGRATIONS.slice(0, 1), old);
    raw.close();
    const live = join(dir, 'live.sqlite');
    const store = openStore(live);
    store.importFile(parsedFile('华阴1月.xlsx', [HUAYIN_JAN]), AT);
    await restoreDatabase(live, old, new Date('2025-04-11T01:00:00Z'));
    assert.deepEqual([store.imports().length, store.acts().length, store.undo('now')], [0, 0, null]);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
