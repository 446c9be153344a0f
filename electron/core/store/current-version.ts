import type { DatabaseSync } from 'node:sqlite';
import type { TableSpec } from './record-tables.ts';
import { selectVersions, versionFromRow, type GenericVersion } from './version-row.ts';

/** The current stored version of a subject-month, or null when none is stored. */
export function currentVersion(db: DatabaseSync, spec: TableSpec, subject: string, month: string): GenericVersion | null {
  const sql = `${selectVersions(spec)} WHERE v.${spec.subject} = ? AND v.month = ? AND v.current = 1`;
  const row = db.prepare(sql).get(subject, month) as Record<string, unknown> | undefined;
  return row === undefined ? null : versionFromRow(spec, row);
}
