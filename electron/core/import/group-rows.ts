import type { RowKey } from './row-keys.ts';

/** Data rows of one (county or hospital, month). */
export interface RowGroup {
  readonly key: RowKey;
  readonly rows: readonly number[];
}

/** Data rows grouped by (county or hospital, month), in order of first appearance: the sites of a county-month add up. */
export function groupRows(rows: readonly number[], keys: ReadonlyMap<number, RowKey>): RowGroup[] {
  const groups = new Map<string, { key: RowKey; rows: number[] }>();
  for (const row of rows) {
    const key = keys.get(row);
    if (!key) continue;
    const id = `${key.entity}|${key.month}`;
    const group = groups.get(id) ?? { key, rows: [] };
    group.rows.push(row);
    groups.set(id, group);
  }
  return [...groups.values()];
}
