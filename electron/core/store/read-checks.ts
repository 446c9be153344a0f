/**
 * The store's queries for the data checks (issue 11): the rules' warnings on the records in force, and when each
 * county-month's current figures arrived (DHIS2 reporting timeliness).
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Month, RecordWarning } from '../model.ts';
import type { Arrival, VersionIds } from './store.ts';

/**
 * The warnings kept with the imports whose versions are current in these months: a warning on figures since
 * replaced is no longer shown (its import no longer backs that subject-month). Ordered by month, subject, import.
 */
export function readWarnings(db: DatabaseSync, months: readonly Month[]): RecordWarning[] {
  const rows = db.prepare(`SELECT w.warning FROM import_warnings w
    WHERE w.month IN (SELECT value FROM json_each(?)) AND (
      (w.kind = 'collection' AND EXISTS (SELECT 1 FROM collection_versions v WHERE v.current = 1 AND v.import_id = w.import_id AND v.county = w.subject AND v.month = w.month))
      OR (w.kind = 'supply' AND EXISTS (SELECT 1 FROM supply_versions v WHERE v.current = 1 AND v.import_id = w.import_id AND v.hospital = w.subject AND v.month = w.month)))
    ORDER BY w.month, w.subject, w.import_id, w.id`).all(JSON.stringify(months)) as { warning: string }[];
  return rows.map((row) => JSON.parse(row.warning) as RecordWarning);
}

/**
 * The same warnings for named versions instead of the current ones (an archived briefing is remade from the
 * versions it was made from, so its 数据核查提示 must be theirs too); same order as {@link readWarnings}.
 */
export function readWarningsOf(db: DatabaseSync, ids: VersionIds): RecordWarning[] {
  const rows = db.prepare(`SELECT w.warning FROM import_warnings w
    WHERE (w.kind = 'collection' AND EXISTS (SELECT 1 FROM collection_versions v WHERE v.id IN (SELECT value FROM json_each(?)) AND v.import_id = w.import_id AND v.county = w.subject AND v.month = w.month))
      OR (w.kind = 'supply' AND EXISTS (SELECT 1 FROM supply_versions v WHERE v.id IN (SELECT value FROM json_each(?)) AND v.import_id = w.import_id AND v.hospital = w.subject AND v.month = w.month))
    ORDER BY w.month, w.subject, w.import_id, w.id`).all(JSON.stringify(ids.collections), JSON.stringify(ids.supplies)) as { warning: string }[];
  return rows.map((row) => JSON.parse(row.warning) as RecordWarning);
}

/** When each county-month's current figures were first stored (the import time of the current version), by month then county. */
export function readArrivals(db: DatabaseSync, months: readonly Month[]): Arrival[] {
  const rows = db.prepare(`SELECT v.county, v.month, i.imported_at FROM collection_versions v JOIN imports i ON i.id = v.import_id
    WHERE v.current = 1 AND v.month IN (SELECT value FROM json_each(?)) ORDER BY v.month, v.county`).all(JSON.stringify(months)) as Record<string, unknown>[];
  return rows.map((r) => ({ county: String(r.county), month: String(r.month), importedAt: String(r.imported_at) }));
}

/** When the named collection versions were stored, in {@link readArrivals}' order: the arrivals an archived briefing saw. */
export function readArrivalsOf(db: DatabaseSync, collectionIds: readonly number[]): Arrival[] {
  const rows = db.prepare(`SELECT v.county, v.month, i.imported_at FROM collection_versions v JOIN imports i ON i.id = v.import_id
    WHERE v.id IN (SELECT value FROM json_each(?)) ORDER BY v.month, v.county`).all(JSON.stringify(collectionIds)) as Record<string, unknown>[];
  return rows.map((r) => ({ county: String(r.county), month: String(r.month), importedAt: String(r.imported_at) }));
}
