import type { DatabaseSync } from 'node:sqlite';
import type { Month, SourceFile } from '../model.ts';

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
