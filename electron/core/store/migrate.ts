import type { DatabaseSync } from 'node:sqlite';
import type { Migration } from './migrations.ts';
import { inTransaction } from './transaction.ts';

/** The schema version a database file records (0 for a new file). */
export function userVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

/**
 * Applies the migrations a database has not had yet, each in its own transaction together with the new
 * user_version, so a crash leaves the file at a consistent version. Refuses a file from a newer program,
 * whose schema this one does not know.
 */
export function migrate(db: DatabaseSync, migrations: readonly Migration[], path: string): void {
  const latest = migrations.at(-1)?.version ?? 0;
  const found = userVersion(db);
  if (found > latest) {
    throw new Error(`数据库 ${path} 由更新版本的程序创建（结构版本 ${found}，本程序支持到 ${latest}），请升级本程序后再打开。`);
  }
  for (const migration of migrations.filter((m) => m.version > found)) apply(db, migration);
}

function apply(db: DatabaseSync, migration: Migration): void {
  inTransaction(db, () => {
    db.exec(migration.sql);
    db.exec(`PRAGMA user_version = ${Math.trunc(migration.version)}`);
    return { commit: true, value: undefined };
  });
}
