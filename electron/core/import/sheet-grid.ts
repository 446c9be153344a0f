/**
 * The neutral form every input format is read into before any interpretation: a rectangular grid of cells
 * per sheet, with merges and visibility. .xlsx, .xls and .csv all become this, so the rest of the parser
 * never needs to know which format a county sent.
 */

/** One cell as stored in the file. */
export interface GridCell {
  /** The stored value: a number, a string, or null when empty (booleans become "TRUE"/"FALSE"). */
  readonly value: number | string | null;
  /** The formula (without "="), when the cell holds one. */
  readonly formula?: string;
  /** True when a formula was saved without its result (written by a program and never opened in Excel). */
  readonly uncached?: boolean;
  /** An Excel error value such as "#REF!". */
  readonly error?: string;
  /** The cell is formatted as a date (its number is an Excel serial day, e.g. 45748 shown as "2025年4月"). */
  readonly date?: boolean;
}

/** A value far outside the sheet's table (after a wide gap of empty rows or columns): kept out of the grid and reported. */
export interface StrayCell {
  readonly address: string;
  readonly cell: GridCell;
}

/** A rectangular block of merged cells, zero-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One sheet of a workbook (a CSV file is one sheet). */
export interface SheetGrid {
  readonly name: string;
  readonly hidden: boolean;
  /** rows[r][c], zero-based; missing entries are empty cells. */
  readonly rows: readonly (readonly (GridCell | undefined)[])[];
  readonly merges: readonly CellRange[];
  /** Values far from the table, not part of the grid (see read-workbook.ts). */
  readonly strays?: readonly StrayCell[];
  /** Set on a turned table (transpose-table.ts): where each grid cell sits in the sheet the user sees. */
  readonly origin?: (row: number, col: number) => readonly [number, number];
  /** How the table was turned, for the notice and the figures' sources. */
  readonly turned?: 'months-as-columns' | 'hospitals-as-columns';
}

/** The empty cell, shared. */
export const EMPTY_CELL: GridCell = { value: null };

/** The cell at (row, col), or the empty cell. */
export function cellAt(grid: SheetGrid, row: number, col: number): GridCell {
  return grid.rows[row]?.[col] ?? EMPTY_CELL;
}

/** The number of columns of the widest row. */
export function gridWidth(grid: SheetGrid): number {
  return grid.rows.reduce((width, row) => Math.max(width, row.length), 0);
}

/** The cell as text, trimmed ("" when empty); numbers print as JavaScript prints them. */
export function cellText(cell: GridCell): string {
  if (cell.value === null) return '';
  return String(cell.value).trim();
}

/** True when a cell holds a number, or text that is one ("1,023", "１０２３"): such a row is data, not header. */
export function looksNumeric(cell: GridCell): boolean {
  if (typeof cell.value === 'number') return true;
  if (typeof cell.value !== 'string') return false;
  const quick = quickNumeric(cell.value);
  return quick ?? /^[+-]?[\d,.]+$/.test(cell.value.normalize('NFKC').replace(/\s/g, ''));
}

/**
 * The answer without NFKC for the common texts: ASCII digits (true), or any CJK ideograph, which NFKC leaves
 * as it is and which is no digit (false: 临渭区, 2025年1月). Undefined when only the full test can tell.
 */
function quickNumeric(text: string): boolean | undefined {
  let digits = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) return false;
    if (code >= 48 && code <= 57) digits = true;
    else if (code !== 44 && code !== 46 && !(i === 0 && (code === 43 || code === 45))) return undefined;
  }
  return digits || undefined;
}
