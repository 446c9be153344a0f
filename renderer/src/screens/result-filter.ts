/** The import result list's filter (by status), search (file, county, hospital) and grouping of identical errors. */
import type { FileResult } from '../../../electron/shared/ipc-contract.ts';
import { baseName, problemText } from '../format.ts';

/** Which lines the list shows: every file, or those of one status (chosen from the counts line). */
export type ResultFilter = 'all' | FileResult['status'];

/** Files matching the filter and the search text (file name, county or hospital). */
export function filterResults(results: readonly FileResult[], filter: ResultFilter, search: string): FileResult[] {
  const needle = search.trim().toLowerCase();
  return results.filter((r) => (filter === 'all' || r.status === filter)
    && (needle === '' || [baseName(r.file), ...r.counties, ...r.hospitals].some((t) => t.toLowerCase().includes(needle))));
}

/** Refused files with exactly the same problems, as one group each (in first-seen order); a lone file is its own group. */
export function groupRejected(results: readonly FileResult[]): { readonly key: string; readonly files: readonly FileResult[] }[] {
  const groups = new Map<string, FileResult[]>();
  for (const r of results) {
    const key = r.status === 'rejected' ? r.problems.map(problemText).join('\n') : `file:${r.file}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups].map(([key, files]) => ({ key, files }));
}
