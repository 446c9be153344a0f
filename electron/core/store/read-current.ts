import type { DatabaseSync } from 'node:sqlite';
import type { Month } from '../model.ts';
import type { GenericRecord, TableSpec } from './record-tables.ts';
import { selectVersions, versionFromRow } from './version-row.ts';

/** The current records of one kind in these months, ordered by month then subject. */
export function readCurrent(db: DatabaseSync, spec: TableSpec, months: readonly Month[]): GenericRecord[] {
  const sql = `${selectVersions(spec)} WHERE v.current = 1 AND v.month IN (SELECT value FROM json_each(?))
    ORDER BY v.month, v.${spec.subject}`;
  const rows = db.prepare(sql).all(JSON.stringify(months)) as Record<string, unknown>[];
  return rows.map((row) => versionFromRow(spec, row).record);
}
