/** The overview's cells and counts line: a missing report told apart by whether it is owed yet (DHIS2 timeliness). */
import type { CellStatus, DueState, Overview } from '../../../electron/shared/ipc-contract.ts';

/** What a cell shows: a stored report, a conflict, or a missing one told apart by whether it is owed yet. */
export type CellLook = 'received' | 'conflict' | 'overdue' | 'due' | 'notDue';

/** A missing report is overdue, due or not yet due; a received or conflicting one is what it is. */
export function cellLook(status: CellStatus, due: DueState): CellLook {
  return status === 'missing' ? due : status;
}

/** The counts line: what is owed so far, not the whole year (April must not read "33/132"). */
export function dueTally(overview: Overview): { readonly owed: number; readonly received: number; readonly overdue: number; readonly due: number; readonly notDue: number } {
  const looks = overview.statuses.flatMap((row) => row.map((s, m) => cellLook(s, overview.dueStates[m])));
  const n = (l: CellLook) => looks.filter((x) => x === l).length;
  const notDueCells = overview.statuses.flatMap((row) => row.filter((_, m) => overview.dueStates[m] === 'notDue')).length;
  return { owed: looks.length - notDueCells, received: n('received') + n('conflict'), overdue: n('overdue'), due: n('due'), notDue: n('notDue') };
}
