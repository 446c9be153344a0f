import type { DatabaseSync } from 'node:sqlite';
import type { Month, SourceFile } from '../model.ts';

/**
 * The files whose current figures fall in these months, oldest import first. The kind says what the file
 * contributed to these months: collections, supplies, or both ('mixed').
 */
export function readSources(db: DatabaseSync, months: readonly Month[]): SourceFile[] {
  const rows = db.prepare(`SELECT i.id, i.file, i.sha256, i.imported_at,
      MAX(u.kind = 'collection') AS has_collection, MAX(u.kind = 'supply') AS has_supply
    FROM (SELECT import_id, 'collection' AS kind, month, current FROM collection_versions
          UNION ALL SELECT import_id, 'supply' AS kind, month, current FROM supply_versions) u
    JOIN imports i ON i.id = u.import_id
    WHERE u.current = 1 AND u.month IN (SELECT value FROM json_each(?))
    GROUP BY i.id ORDER BY i.id`).all(JSON.stringify(months)) as Record<string, unknown>[];
  return rows.map((row) => ({
    file: String(row.file),
    sha256: String(row.sha256),
    kind: row.has_collection === 1 ? (row.has_supply === 1 ? 'mixed' : 'collection') : 'supply',
    importedAt: String(row.imported_at),
  }));
}
