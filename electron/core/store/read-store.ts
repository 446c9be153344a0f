/**
 * The store's queries, in one place: current records of some months, the history of one record, the import
 * log, and the files behind the figures in force. Each takes the open database and returns plain values.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Month, SourceFile } from '../model.ts';
import { collectionOf, subjectOf, supplyOf, tableOf, type GenericRecord, type TableSpec } from './record-tables.ts';
import type { ImportLogEntry, RecordKey, RecordVersion } from './store.ts';
import { selectVersions, versionFromRow } from './version-row.ts';

/** The current records of one kind in these months, ordered by month then subject. */
export function readCurrent(db: DatabaseSync, spec: TableSpec, months: readonly Month[]): GenericRecord[] {
  const sql = `${selectVersions(spec)} WHERE v.current = 1 AND v.month IN (SELECT value FROM json_each(?))
    ORDER BY v.month, v.${spec.subject}`;
  const rows = db.prepare(sql).all(JSON.stringify(months)) as Record<string, unknown>[];
  return rows.map((row) => versionFromRow(spec, row).record);
}

/**
 * Every version of one record, newest first (by autoincrement id), current and replaced alike; versions of a
 * deleted import are left out (they come back if the deletion is undone).
 */
export function readHistory(db: DatabaseSync, key: RecordKey): RecordVersion[] {
  const spec = tableOf(key.kind);
  const sql = `${selectVersions(spec)} WHERE v.${spec.subject} = ? AND v.month = ? AND i.deleted = 0 ORDER BY v.id DESC`;
  return typedVersions(key.kind, db.prepare(sql).all(subjectOf(key), key.month) as Record<string, unknown>[]);
}

/** The versions of these ids, deleted imports' included (an archived briefing may cite them), in id order. */
export function readVersionsByIds(db: DatabaseSync, kind: RecordKey['kind'], ids: readonly number[]): RecordVersion[] {
  const spec = tableOf(kind);
  const sql = `${selectVersions(spec)} WHERE v.id IN (SELECT value FROM json_each(?)) ORDER BY v.id`;
  return typedVersions(kind, db.prepare(sql).all(JSON.stringify(ids)) as Record<string, unknown>[]);
}

/** The ids of the current versions of these months, by kind, in id order. */
export function readCurrentIds(db: DatabaseSync, months: readonly Month[]): { collections: number[]; supplies: number[] } {
  const ids = (table: string) => (db.prepare(`SELECT id FROM ${table} WHERE current = 1 AND month IN (SELECT value FROM json_each(?)) ORDER BY id`)
    .all(JSON.stringify(months)) as { id: number }[]).map((r) => Number(r.id));
  return { collections: ids('collection_versions'), supplies: ids('supply_versions') };
}

function typedVersions(kind: RecordKey['kind'], rows: readonly Record<string, unknown>[]): RecordVersion[] {
  const spec = tableOf(kind);
  const typed = kind === 'collection' ? collectionOf : supplyOf;
  return rows.map((row) => {
    const version = versionFromRow(spec, row);
    return { ...version, record: typed(version.record) } as RecordVersion;
  });
}

/** The import log, newest first (by autoincrement id, not by the clock text); deleted imports are left out. */
export function readImports(db: DatabaseSync): ImportLogEntry[] {
  const rows = db.prepare('SELECT * FROM imports WHERE deleted = 0 ORDER BY id DESC').all() as Record<string, unknown>[];
  return rows.map(importFromRow);
}

function importFromRow(row: Record<string, unknown>): ImportLogEntry {
  return {
    importId: Number(row.id),
    file: String(row.file),
    sha256: String(row.sha256),
    importedAt: String(row.imported_at),
    kinds: JSON.parse(String(row.kinds)),
    added: Number(row.added),
    replaced: Number(row.replaced),
    unchanged: Number(row.unchanged),
    counties: JSON.parse(String(row.counties)),
    hospitals: JSON.parse(String(row.hospitals)),
    months: JSON.parse(String(row.months)),
    notices: JSON.parse(String(row.notices)),
  };
}

/**
 * The files whose current figures fall in these months, oldest first. A file imported more than once
 * (same name and hash, e.g. replaced back after a correction) is listed once, with its first import time.
 * The kind says what the file contributes to these months: collections, supplies, or both ('mixed').
 */
export function readSources(db: DatabaseSync, months: readonly Month[]): SourceFile[] {
  const rows = db.prepare(`WITH wanted AS (SELECT value AS month FROM json_each(?)),
    used AS (
      SELECT import_id, 'collection' AS kind FROM collection_versions WHERE current = 1 AND month IN wanted
      UNION ALL SELECT import_id, 'supply' AS kind FROM supply_versions WHERE current = 1 AND month IN wanted),
    files AS (
      SELECT i.file, i.sha256, MIN(i.id) AS first_id,
        MAX(u.kind = 'collection') AS has_collection, MAX(u.kind = 'supply') AS has_supply
      FROM used u JOIN imports i ON i.id = u.import_id GROUP BY i.file, i.sha256)
    SELECT f.*, i.imported_at FROM files f JOIN imports i ON i.id = f.first_id ORDER BY f.first_id`)
    .all(JSON.stringify(months)) as Record<string, unknown>[];
  return rows.map(sourceFromRow);
}

function sourceFromRow(row: Record<string, unknown>): SourceFile {
  const kind = row.has_collection === 1 ? (row.has_supply === 1 ? 'mixed' : 'collection') : 'supply';
  return { file: String(row.file), sha256: String(row.sha256), kind, importedAt: String(row.imported_at) };
}
