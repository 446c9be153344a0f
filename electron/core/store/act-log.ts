import type { DatabaseSync } from 'node:sqlite';
import { applyChanges, invertChanges, staleChange, type RowChange } from './act-changes.ts';
import type { ActEntry, ActKind } from './store.ts';
import { inTransaction } from './transaction.ts';

/** Logs an act whose changes the caller has just applied (inside its transaction); returns the act's id. */
export function logAct(db: DatabaseSync, kind: ActKind, at: string, summary: string, changes: readonly RowChange[], target: number | null = null): number {
  const result = db.prepare('INSERT INTO acts (kind, at, summary, changes, target) VALUES (?, ?, ?, ?, ?)')
    .run(kind, at, summary, JSON.stringify(changes), target);
  return Number(result.lastInsertRowid);
}

/** The act log, newest first. */
export function readActs(db: DatabaseSync): ActEntry[] {
  return (db.prepare('SELECT * FROM acts ORDER BY id DESC').all() as Record<string, unknown>[]).map(actFromRow);
}

/**
 * Which act `undo` would reverse (the latest delete or restore still in effect) and which undo `redo` would
 * (the latest undo still in effect, if no delete or restore came after it: a new act ends what can be redone).
 * Takes the act log newest first; the one rule both the store and the screens use.
 */
export function nextReversals(acts: readonly ActEntry[]): { readonly undo: ActEntry | null; readonly redo: ActEntry | null } {
  const undo = acts.find((a) => a.undoneBy === null && (a.kind === 'delete-import' || a.kind === 'restore-version')) ?? null;
  const lastAct = acts.find((a) => a.kind === 'delete-import' || a.kind === 'restore-version')?.actId ?? 0;
  const redo = acts.find((a) => a.undoneBy === null && a.kind === 'undo' && a.actId > lastAct) ?? null;
  return { undo, redo };
}

/**
 * Undoes the latest act still in effect (a delete-import or a restore-version), in one transaction: its row
 * changes are reversed and the undo is itself logged, so it can be redone. Refused (nothing changed) when a
 * later import or act changed the same rows: the undo would no longer put things back as they were.
 */
export function undoLast(db: DatabaseSync, at: string): ActEntry | null {
  return reverseLatest(db, 'undo', at);
}

/**
 * Undoes the latest undo still in effect: the act it undid is in effect again (redo). As in any editor, a new
 * delete or restore ends what can be redone: re-applying an older act after it would not give the same data.
 */
export function redoLast(db: DatabaseSync, at: string): ActEntry | null {
  return reverseLatest(db, 'redo', at);
}

function reverseLatest(db: DatabaseSync, kind: 'undo' | 'redo', at: string): ActEntry | null {
  return inTransaction(db, () => {
    const target = nextReversals(readActs(db))[kind];
    if (target === null) return { commit: false, value: null };
    const row = db.prepare('SELECT changes FROM acts WHERE id = ?').get(target.actId) as Record<string, unknown>;
    const changes = invertChanges(JSON.parse(String(row.changes)) as RowChange[]);
    const stale = staleChange(db, changes);
    if (stale !== null) throw new Error(refusal(db, target, kind, stale));
    applyChanges(db, changes);
    const id = logAct(db, kind, at, `${kind === 'undo' ? '撤销' : '重做'}：${target.summary.replace(/^(撤销|重做)：/, '')}`, changes, target.actId);
    db.prepare('UPDATE acts SET undone_by = ? WHERE id = ?').run(id, target.actId);
    // Redoing an undo puts the act it undid back in effect, so a later undo reaches it again.
    if (kind === 'redo') db.prepare('UPDATE acts SET undone_by = NULL WHERE id = ?').run(target.target);
    return { commit: true, value: actFromRow(db.prepare('SELECT * FROM acts WHERE id = ?').get(id) as Record<string, unknown>) };
  });
}

function refusal(db: DatabaseSync, target: ActEntry, kind: 'undo' | 'redo', stale: RowChange): string {
  const what = stale.table === 'imports' ? '相关导入' : `${subjectMonth(db, stale)} 的数据`;
  return `无法${kind === 'undo' ? '撤销' : '重做'}第 ${target.actId} 项操作（${target.summary}）：${what}此后又被之后的导入或操作改动过，为免数据错乱，未作任何改动。`;
}

function subjectMonth(db: DatabaseSync, change: RowChange): string {
  const subject = change.table === 'collection_versions' ? 'county' : 'hospital';
  const row = db.prepare(`SELECT ${subject} AS subject, month FROM ${change.table} WHERE id = ?`).get(change.id) as { subject: string; month: string } | undefined;
  return row === undefined ? `版本 ${change.id}` : `${row.subject} ${row.month}`;
}

function actFromRow(row: Record<string, unknown>): ActEntry {
  return {
    actId: Number(row.id), kind: String(row.kind) as ActKind, at: String(row.at), summary: String(row.summary),
    target: row.target === null ? null : Number(row.target), undoneBy: row.undone_by === null ? null : Number(row.undone_by),
  };
}
