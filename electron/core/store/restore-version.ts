import type { DatabaseSync } from 'node:sqlite';
import { basename } from 'node:path';
import { dateLabel, formatMonth } from '../format/format-dates.ts';
import { applyChanges, type RowChange } from './act-changes.ts';
import { logAct } from './act-log.ts';
import { keyOf, tableOf } from './record-tables.ts';
import type { RecordKey, VersionRestore } from './store.ts';
import { inTransaction } from './transaction.ts';

/**
 * Makes a stored version of a county-month (or hospital-month) the current one, in one transaction: the version
 * current until now stays in history, nothing is deleted, and the act is logged so undo puts it back. Refused in
 * Chinese when there is no such version, its import was deleted, or it is current already.
 */
export function restoreVersion(db: DatabaseSync, kind: RecordKey['kind'], versionId: number, at: string): VersionRestore {
  const spec = tableOf(kind);
  return inTransaction(db, () => {
    const sql = `SELECT v.id, v.${spec.subject} AS subject, v.month, v.current, i.deleted, i.file, i.imported_at FROM ${spec.table} v
      JOIN imports i ON i.id = v.import_id WHERE v.id = ?`;
    const row = db.prepare(sql).get(versionId) as { subject: string; month: string; current: number; deleted: number; file: string; imported_at: string } | undefined;
    const label = kind === 'collection' ? '采血数据版本' : '供血数据版本';
    if (row === undefined) throw new Error(`没有编号为 ${versionId} 的${label}（可用 blood-brief versions 查看编号），未作改动。`);
    if (row.deleted === 1) throw new Error(`${label} ${versionId} 所属的导入（${row.file}）已删除：请先撤销那次删除，未作改动。`);
    if (row.current === 1) throw new Error(`${label} ${versionId} 已是 ${row.subject} ${formatMonth(row.month, true)} 的当前数据，未作改动。`);
    const current = db.prepare(`SELECT id FROM ${spec.table} WHERE ${spec.subject} = ? AND month = ? AND current = 1`).get(row.subject, row.month) as { id: number } | undefined;
    const changes: RowChange[] = [
      ...(current === undefined ? [] : [{ table: spec.table, id: current.id, from: 1 as const, to: 0 as const }]),
      { table: spec.table, id: versionId, from: 0, to: 1 },
    ];
    applyChanges(db, changes);
    const summary = `把 ${row.subject} ${formatMonth(row.month, true)} 恢复为版本 ${versionId}（${baseName(row.file)}，${dateLabel(row.imported_at)}导入）`;
    const actId = logAct(db, 'restore-version', at, summary, changes);
    return { commit: true, value: { actId, key: keyOf(kind, row), from: current?.id ?? null, to: versionId } };
  });
}

/** The file's name without its folder, whichever separator the path was written with. */
function baseName(path: string): string {
  return basename(path.replaceAll('\\', '/'));
}
