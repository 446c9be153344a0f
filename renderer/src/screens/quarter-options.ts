/** The quarters offered in the picker: every quarter of the years with data, up to the last complete one. */
import { parseQuarter, quarterLabel } from '../../../electron/core/period/quarter.ts';

/** Quarter ids with Chinese labels, newest first. */
export function quarterOptions(years: readonly number[], lastComplete: string): { id: string; label: string }[] {
  const last = parseQuarter(lastComplete);
  if (last === null) return [];
  const all = [...new Set([...years, last.year])].sort((a, b) => b - a);
  const ids = all.flatMap((year) => [4, 3, 2, 1].map((q) => ({ year, q: q as 1 | 2 | 3 | 4 })))
    .filter((q) => q.year < last.year || (q.year === last.year && q.q <= last.q));
  return ids.map((q) => ({ id: `${q.year}Q${q.q}`, label: quarterLabel(q) }));
}
