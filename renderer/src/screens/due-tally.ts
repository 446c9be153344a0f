/** The overview's cells and counts line: a missing report told apart by whether it is owed yet, a received one by whether it came late (DHIS2 timeliness). */
import type { CellStatus, DueState, Overview } from '../../../electron/shared/ipc-contract.ts';

/** What a cell shows: a stored report (on time or late), a conflict, or a missing one told apart by whether it is owed yet. */
export type CellLook = 'received' | 'late' | 'conflict' | 'overdue' | 'due' | 'notDue';

/** A missing report is overdue, due or not yet due; a received one is late when it arrived after its due date. */
export function cellLook(status: CellStatus, due: DueState, late = false): CellLook {
  if (status === 'missing') return due;
  return status === 'received' && late ? 'late' : status;
}

/** The counts line: what is owed so far, not the whole year (April must not read "33/132"); late ones count as received. */
export function dueTally(overview: Overview): { readonly owed: number; readonly received: number; readonly late: number; readonly overdue: number; readonly due: number; readonly notDue: number } {
  const looks = overview.statuses.flatMap((row, r) => row.map((s, m) => cellLook(s, overview.dueStates[m], overview.late[r]?.[m] ?? false)));
  const n = (l: CellLook) => looks.filter((x) => x === l).length;
  const notDueCells = overview.statuses.flatMap((row) => row.filter((_, m) => overview.dueStates[m] === 'notDue')).length;
  return { owed: looks.length - notDueCells, received: n('received') + n('late') + n('conflict'), late: n('late'), overdue: n('overdue'), due: n('due'), notDue: n('notDue') };
}
