/**
 * One row as a streaming reader yields it (the interface of xlsx-scan/stream-sheet-rows.ts): the donation
 * records are read through it, so their aggregation does not depend on which reader produced the rows.
 */

/** A cell's value; CSV cells are always strings; a date-formatted number comes as its Excel serial day. */
export type ScannedCell = string | number | boolean | { readonly excelDate: number } | null;

/** A row: its 0-based index in the sheet and its cells by 0-based column. */
export interface ScannedRow {
  readonly index: number;
  readonly cells: readonly ScannedCell[];
}

/** The text of a scanned cell, trimmed ("" when empty). */
export function scannedText(cell: ScannedCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return String(cell.excelDate);
  return String(cell).trim();
}
