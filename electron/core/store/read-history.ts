import type { DatabaseSync } from 'node:sqlite';
import { collectionOf, subjectOf, supplyOf, tableOf } from './record-tables.ts';
import type { RecordKey, RecordVersion } from './store.ts';
import { selectVersions, versionFromRow } from './version-row.ts';

/** Every version of one record, newest first (by autoincrement id), current and replaced alike. */
export function readHistory(db: DatabaseSync, key: RecordKey): RecordVersion[] {
  const spec = tableOf(key.kind);
  const sql = `${selectVersions(spec)} WHERE v.${spec.subject} = ? AND v.month = ? ORDER BY v.id DESC`;
  const rows = db.prepare(sql).all(subjectOf(key), key.month) as Record<string, unknown>[];
  const typed = key.kind === 'collection' ? collectionOf : supplyOf;
  return rows.map((row) => {
    const version = versionFromRow(spec, row);
    return { ...version, record: typed(version.record) } as RecordVersion;
  });
}
