/**
 * The shapes the 映射 screen exchanges with the core (types only, so the window's contract can share them
 * without pulling the reader into the renderer): a sheet as shown, and what staff pointed at.
 */
import type { LayoutField } from '../model.ts';
import type { CellRange } from './sheet-grid.ts';

/** A header cell the importer did understand, to mark in the mapping grid. */
export interface UnderstoodCell {
  readonly row: number;
  readonly col: number;
  readonly field: LayoutField;
}

/** One sheet as the mapping screen shows it: the first rows as text (as Excel would show them), merges, and what was understood. */
export interface SheetPreview {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
  readonly merges: readonly CellRange[];
  /** The header row the importer found, if any (zero-based). */
  readonly headerRow: number | null;
  readonly understood: readonly UnderstoodCell[];
}

/** What staff pointed at on the 映射 screen: the header row, and the column of each field (with the volume unit). */
export interface Mapping {
  readonly name: string;
  readonly county: string;
  readonly sheet: string;
  /** Zero-based row of the header cells. */
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<LayoutField, { readonly col: number; readonly unit?: 'U' | 'ml' }>>>;
  /** Zero-based row of the sheet's total row, when staff pointed at one the importer did not recognise. */
  readonly totalRow?: number;
  /**
   * "columns" when the months run across and each field is a row: then `headerRow` is the column of the row
   * labels and each field's `col` is its row (the mapping is given turned, as the reader turns the table).
   */
  readonly monthsAs?: 'rows' | 'columns';
}
