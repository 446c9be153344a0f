import { existsSync, statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import type { DatabaseSummary } from './store.ts';

export type { DatabaseSummary } from './store.ts';

/**
 * Summarises a database file without changing it (opened read-only, never migrated), so a backup from an older
 * program is described as it is. Throws in Chinese when the file is missing or not one of ours.
 */
export function describeDatabase(path: string): DatabaseSummary {
  if (!existsSync(path)) throw new Error(`${path}：找不到文件。`);
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(path, { readOnly: true });
  } catch {
    throw new Error(`${path}：无法打开，不是数据库文件或已损坏。`);
  }
  try {
    const has = (table: string, column?: string) => column === undefined
      ? db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined
      : (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).some((c) => c.name === column);
    if (!has('imports') || !has('collection_versions')) throw new Error('not ours');
    const live = has('imports', 'deleted') ? 'WHERE deleted = 0' : '';
    const one = (sql: string) => db.prepare(sql).get() as Record<string, unknown> | undefined;
    const latest = one(`SELECT file, imported_at FROM imports ${live} ORDER BY id DESC LIMIT 1`);
    const span = one('SELECT min(month) AS from_month, max(month) AS to_month, count(DISTINCT county) AS counties FROM collection_versions WHERE current = 1');
    return {
      path, bytes: statSync(path).size,
      imports: Number(one(`SELECT count(*) AS n FROM imports ${live}`)?.n ?? 0),
      latestImport: latest === undefined ? null : { file: String(latest.file), importedAt: String(latest.imported_at) },
      months: span?.from_month == null ? null : { from: String(span.from_month), to: String(span.to_month) },
      counties: Number(span?.counties ?? 0),
      briefings: has('briefings') ? Number(one('SELECT count(*) AS n FROM briefings')?.n ?? 0) : 0,
    };
  } catch {
    throw new Error(`${path}：不是本程序的数据库，或已损坏。`);
  } finally {
    db.close();
  }
}
