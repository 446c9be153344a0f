import type { RowKey, RowKeys } from './row-keys.ts';

/** Data rows of one (county or hospital, month). */
export interface RowGroup {
  readonly key: RowKey;
  readonly rows: readonly number[];
}

/** Data rows grouped by (county or hospital, month), in order of first appearance: the sites of a county-month add up. */
export function groupRows(rows: readonly number[], keys: RowKeys): RowGroup[] {
  const groups = new Map<string, { key: RowKey; rows: number[] }>();
  // Consecutive rows of one county-month share their key object: their group is the previous row's.
  let last: { key: RowKey; group: { key: RowKey; rows: number[] } } | undefined;
  for (const row of rows) {
    const key = keys.get(row);
    if (!key) continue;
    if (last !== undefined && last.key === key) { last.group.rows.push(row); continue; }
    const id = `${key.entity}|${key.month}`;
    const group = groups.get(id) ?? { key, rows: [] };
    group.rows.push(row);
    groups.set(id, group);
    last = { key, group };
  }
  return [...groups.values()];
}
