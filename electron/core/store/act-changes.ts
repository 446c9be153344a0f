import type { DatabaseSync } from 'node:sqlite';

/**
 * One row change an act makes: a version's `current` flag or an import's `deleted` flag, from one value to
 * another. An act is a list of these, so reversing it is swapping each pair — done inside the database, in the
 * act's own transaction, never by restoring a backup file.
 */
export interface RowChange {
  readonly table: 'collection_versions' | 'supply_versions' | 'imports';
  readonly id: number;
  readonly from: 0 | 1;
  readonly to: 0 | 1;
}

/** The same changes the other way round (the undo of an act). */
export function invertChanges(changes: readonly RowChange[]): RowChange[] {
  return changes.map((c) => ({ ...c, from: c.to, to: c.from })).reverse();
}

/**
 * The first change whose row no longer holds its `from` value (something changed it since), or null when all
 * can be applied. Checked before anything is written, so a refused act changes nothing.
 */
export function staleChange(db: DatabaseSync, changes: readonly RowChange[]): RowChange | null {
  const cleared = new Set(changes.filter((c) => c.to === 0).map((c) => `${c.table}:${c.id}`));
  return changes.find((c) => readFlag(db, c) !== c.from || (c.to === 1 && otherCurrent(db, c, cleared))) ?? null;
}

/**
 * Whether another version of the same record is current and is not cleared by these changes: e.g. the month a
 * deleted import alone held has since been imported again, so bringing the deleted version back would make two.
 */
function otherCurrent(db: DatabaseSync, change: RowChange, cleared: ReadonlySet<string>): boolean {
  if (change.table === 'imports') return false;
  const subject = change.table === 'collection_versions' ? 'county' : 'hospital';
  const rows = db.prepare(`SELECT o.id FROM ${change.table} o JOIN ${change.table} v ON v.${subject} = o.${subject} AND v.month = o.month
    WHERE v.id = ? AND o.id <> v.id AND o.current = 1`).all(change.id) as { id: number }[];
  return rows.some((r) => !cleared.has(`${change.table}:${r.id}`));
}

/**
 * Applies the changes (the caller holds the transaction and has checked staleChange): flags cleared before
 * flags set, so the one-current-version-per-record index never sees two current versions at once.
 */
export function applyChanges(db: DatabaseSync, changes: readonly RowChange[]): void {
  for (const c of [...changes.filter((x) => x.to === 0), ...changes.filter((x) => x.to === 1)]) {
    db.prepare(`UPDATE ${c.table} SET ${column(c)} = ? WHERE id = ?`).run(c.to, c.id);
  }
}

function readFlag(db: DatabaseSync, change: RowChange): number | undefined {
  const row = db.prepare(`SELECT ${column(change)} AS flag FROM ${change.table} WHERE id = ?`).get(change.id) as { flag: number } | undefined;
  return row?.flag;
}

function column(change: RowChange): 'deleted' | 'current' {
  return change.table === 'imports' ? 'deleted' : 'current';
}
