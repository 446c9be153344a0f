import type { SheetGrid } from '../../../electron/core/import/sheet-grid.ts';

/** An in-memory sheet from rows of values (null = empty), for tests of one parsing step. */
export function gridOf(rows: readonly (readonly (string | number | null)[])[], name = 'Sheet1'): SheetGrid {
  return { name, hidden: false, merges: [], rows: rows.map((row) => row.map((value) => (value === null ? undefined : { value }))) };
}
