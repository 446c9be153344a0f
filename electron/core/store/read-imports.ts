import type { DatabaseSync } from 'node:sqlite';
import type { ImportLogEntry } from './store.ts';

/** The import log, newest first (by autoincrement id, not by the clock text). */
export function readImports(db: DatabaseSync): ImportLogEntry[] {
  const rows = db.prepare('SELECT * FROM imports ORDER BY id DESC').all() as Record<string, unknown>[];
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
