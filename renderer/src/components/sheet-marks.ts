/**
 * What staff pointed at on each sheet of the 映射 dialog: the header cell of each field and the total row.
 * Each sheet keeps its own marks — cells and rows of one sheet mean nothing on another — so switching tabs
 * shows that sheet's marks (at first what the importer understood there by itself) and switching back keeps them.
 */
import type { LayoutField } from '../../../electron/core/model.ts';
import type { SheetPreview } from '../../../electron/core/import/mapping-types.ts';

/** The header cell pointed at for each field. */
export type Assigned = Partial<Record<LayoutField, { readonly row: number; readonly col: number }>>;

/** One sheet's marks. */
export interface SheetMarks {
  readonly assigned: Assigned;
  /** The row staff said is the total row; null lets the importer recognise 合计/总计/小计 itself. */
  readonly totalRow: number | null;
}

/** Marks of every sheet touched so far, by sheet name. */
export type MarksBySheet = Readonly<Record<string, SheetMarks>>;

/** A sheet's marks: those made on it, or what the importer understood there by itself. */
export function marksOf(all: MarksBySheet, sheet: SheetPreview): SheetMarks {
  return all[sheet.name] ?? { assigned: Object.fromEntries(sheet.understood.map((u) => [u.field, { row: u.row, col: u.col }])), totalRow: null };
}

/** The marks with one sheet's changed; every other sheet keeps its own. */
export function withMarks(all: MarksBySheet, sheet: SheetPreview, change: (marks: SheetMarks) => SheetMarks): MarksBySheet {
  return { ...all, [sheet.name]: change(marksOf(all, sheet)) };
}

/** One field pointed at a cell. */
export function assign(marks: SheetMarks, field: LayoutField, at: { row: number; col: number }): SheetMarks {
  return { ...marks, assigned: { ...marks.assigned, [field]: { row: at.row, col: at.col } } };
}

/** One field no longer pointed at. */
export function unassign(marks: SheetMarks, field: LayoutField): SheetMarks {
  const { [field]: _, ...rest } = marks.assigned;
  return { ...marks, assigned: rest };
}
