import type { DatabaseSync } from 'node:sqlite';
import { COLLECTION_TABLE, SUPPLY_TABLE, type TableSpec } from './record-tables.ts';
import type { ImportDeletion } from './store.ts';
import { inTransaction } from './transaction.ts';

/** The settings key of the log of deletions (kept in the settings table, so the schema is unchanged). */
export const DELETION_LOG = 'deletedImports';

interface VersionRow {
  readonly id: number;
  readonly subject: string;
  readonly month: string;
  readonly current: number;
  readonly replaced_by: number | null;
}

/** What deleting import `importId` would remove; null when there is no such import. */
export function planDeletion(db: DatabaseSync, importId: number): ImportDeletion | null {
  const row = db.prepare('SELECT id, file, imported_at FROM imports WHERE id = ?').get(importId) as { id: number; file: string; imported_at: string } | undefined;
  if (row === undefined) return null;
  const versions = [COLLECTION_TABLE, SUPPLY_TABLE].flatMap((spec) => versionsOf(db, spec, importId).map((v) => ({
    kind: spec.kind, subject: v.subject, month: v.month,
    afterwards: v.current === 0 ? 'later' as const : predecessor(db, spec, v.id) === undefined ? 'none' as const : 'previous' as const,
  })));
  return { importId: row.id, file: row.file, importedAt: row.imported_at, versions };
}

/**
 * Deletes one import and every version it stored, in one transaction: where it had replaced a version, that
 * version is current again; where a later import replaced it, the chain skips it. The act is appended to the
 * deletion log with what was removed. Returns what was deleted, or null when there is no such import.
 */
export function deleteImport(db: DatabaseSync, importId: number, at: string): ImportDeletion | null {
  return inTransaction(db, () => {
    const plan = planDeletion(db, importId);
    if (plan === null) return { commit: false, value: null };
    for (const spec of [COLLECTION_TABLE, SUPPLY_TABLE]) for (const version of versionsOf(db, spec, importId)) unlink(db, spec, version);
    db.prepare('DELETE FROM imports WHERE id = ?').run(importId);
    appendLog(db, { at, ...plan });
    return { commit: true, value: plan };
  });
}

function versionsOf(db: DatabaseSync, spec: TableSpec, importId: number): VersionRow[] {
  return db.prepare(`SELECT id, ${spec.subject} AS subject, month, current, replaced_by FROM ${spec.table} WHERE import_id = ? ORDER BY month, ${spec.subject}`).all(importId) as unknown as VersionRow[];
}

function predecessor(db: DatabaseSync, spec: TableSpec, id: number): number | undefined {
  return (db.prepare(`SELECT id FROM ${spec.table} WHERE replaced_by = ?`).get(id) as { id: number } | undefined)?.id;
}

function unlink(db: DatabaseSync, spec: TableSpec, version: VersionRow): void {
  const before = predecessor(db, spec, version.id);
  if (before !== undefined) db.prepare(`UPDATE ${spec.table} SET replaced_by = ? WHERE id = ?`).run(version.replaced_by, before);
  db.prepare(`DELETE FROM ${spec.table} WHERE id = ?`).run(version.id);
  if (before !== undefined && version.current === 1) db.prepare(`UPDATE ${spec.table} SET current = 1 WHERE id = ?`).run(before);
}

function appendLog(db: DatabaseSync, entry: unknown): void {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(DELETION_LOG) as { value: string } | undefined;
  const log = row === undefined ? [] : (JSON.parse(row.value) as unknown[]);
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(DELETION_LOG, JSON.stringify([...log, entry]));
}
