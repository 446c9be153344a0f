import type { DatabaseSync } from 'node:sqlite';
import type { Month } from '../model.ts';

/** Every county-month with current collections, ordered by county then month (the completeness matrix). */
export function storedMonths(db: DatabaseSync): { county: string; month: Month }[] {
  const rows = db.prepare('SELECT county, month FROM collection_versions WHERE current = 1 ORDER BY county, month').all();
  return rows.map((row) => ({ county: String(row.county), month: String(row.month) }));
}
