import type { DatabaseSync } from 'node:sqlite';
import type { RowChange } from './act-changes.ts';
import { applyChanges } from './act-changes.ts';
import { logAct } from './act-log.ts';
import { COLLECTION_TABLE, SUPPLY_TABLE, type TableSpec } from './record-tables.ts';
import type { ImportDeletion } from './store.ts';
import { inTransaction } from './transaction.ts';

/** The settings key of the older log of deletions (still appended to; the act log is `acts`). */
export const DELETION_LOG = 'deletedImports';

interface VersionRow {
  readonly id: number;
  readonly subject: string;
  readonly month: string;
  readonly current: number;
}

/** What deleting import `importId` would remove; null when there is no such import (or it is deleted already). */
export function planDeletion(db: DatabaseSync, importId: number): ImportDeletion | null {
  const row = db.prepare('SELECT id, file, imported_at FROM imports WHERE id = ? AND deleted = 0').get(importId) as { id: number; file: string; imported_at: string } | undefined;
  if (row === undefined) return null;
  const versions = [COLLECTION_TABLE, SUPPLY_TABLE].flatMap((spec) => versionsOf(db, spec, importId).map((v) => ({
    kind: spec.kind, subject: v.subject, month: v.month,
    afterwards: v.current === 0 ? 'later' as const : livePredecessor(db, spec, v.id) === null ? 'none' as const : 'previous' as const,
  })));
  return { importId: row.id, file: row.file, importedAt: row.imported_at, versions };
}

/**
 * Deletes one import and every version it stored, in one transaction: where one of its versions was current,
 * the version it replaced (the newest one still stored) is current again; otherwise nothing else changes. The
 * rows stay, marked deleted, and the act is logged with its exact changes, so undo brings it all back.
 * Returns what was deleted, or null when there is no such import.
 */
export function deleteImport(db: DatabaseSync, importId: number, at: string): ImportDeletion | null {
  return inTransaction(db, () => {
    const plan = planDeletion(db, importId);
    if (plan === null) return { commit: false, value: null };
    const changes: RowChange[] = [{ table: 'imports', id: importId, from: 0, to: 1 }];
    for (const spec of [COLLECTION_TABLE, SUPPLY_TABLE]) {
      for (const version of versionsOf(db, spec, importId).filter((v) => v.current === 1)) {
        changes.push({ table: spec.table, id: version.id, from: 1, to: 0 });
        const before = livePredecessor(db, spec, version.id);
        if (before !== null) changes.push({ table: spec.table, id: before, from: 0, to: 1 });
      }
    }
    applyChanges(db, changes);
    logAct(db, 'delete-import', at, `删除第 ${plan.importId} 次导入 ${plan.file.replaceAll('\\', '/').split('/').pop()}（${plan.versions.length} 项）`, changes);
    appendLegacyLog(db, { at, ...plan });
    return { commit: true, value: plan };
  });
}

function versionsOf(db: DatabaseSync, spec: TableSpec, importId: number): VersionRow[] {
  return db.prepare(`SELECT id, ${spec.subject} AS subject, month, current FROM ${spec.table} WHERE import_id = ? ORDER BY month, ${spec.subject}`).all(importId) as unknown as VersionRow[];
}

/** The version this one replaced, skipping versions of deleted imports; null when none is left. */
function livePredecessor(db: DatabaseSync, spec: TableSpec, id: number): number | null {
  const sql = `SELECT v.replaces AS before, i.deleted FROM ${spec.table} v LEFT JOIN ${spec.table} p ON p.id = v.replaces
    LEFT JOIN imports i ON i.id = p.import_id WHERE v.id = ?`;
  const row = db.prepare(sql).get(id) as { before: number | null; deleted: number | null } | undefined;
  if (row === undefined || row.before === null) return null;
  return row.deleted === 0 ? row.before : livePredecessor(db, spec, row.before);
}

function appendLegacyLog(db: DatabaseSync, entry: unknown): void {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(DELETION_LOG) as { value: string } | undefined;
  const log = row === undefined ? [] : (JSON.parse(row.value) as unknown[]);
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(DELETION_LOG, JSON.stringify([...log, entry]));
}
