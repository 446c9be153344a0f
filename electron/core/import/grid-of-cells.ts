import { cellAddress } from '../util/a1-address.ts';
import type { CellRange, GridCell, SheetGrid, StrayCell } from './sheet-grid.ts';

/** A present cell with its zero-based position. */
export interface PlacedCell {
  readonly r: number;
  readonly c: number;
  readonly cell: GridCell;
}

/** Empty rows or columns that separate a table from a stray value far away (typed by mistake, or a leftover). */
const ROW_GAP = 1000;
const COLUMN_GAP = 100;

/**
 * A sheet's grid from the cells present (row by row, left to right), never from a declared range: the first
 * block of rows and columns is the table, a value beyond a wide gap is a stray cell reported apart. Shared by
 * both workbook readers (SheetJS's and the own .xlsx scanner), so they build the same grid.
 */
export function gridOfCells(name: string, hidden: boolean, placed: readonly PlacedCell[], merges: readonly CellRange[]): SheetGrid {
  const lastRow = blockEnd(uniqueSorted(placed, (p) => p.r), ROW_GAP);
  const lastCol = blockEnd(uniqueSorted(placed, (p) => p.c), COLUMN_GAP);
  const rows: GridCell[][] = Array.from({ length: lastRow + 1 }, () => []);
  const strays: StrayCell[] = [];
  for (const { r, c, cell } of placed) {
    if (r <= lastRow && c <= lastCol) rows[r][c] = cell;
    else if (cell.value !== null || cell.formula) strays.push({ address: cellAddress(r, c), cell });
  }
  const kept = merges.filter((m) => m.top <= lastRow && m.left <= lastCol);
  return { name, hidden, rows, merges: kept, ...(strays.length > 0 ? { strays } : {}) };
}

/** The distinct values of `key`, ascending; one pass when they already come in order (rows do). */
function uniqueSorted(placed: readonly PlacedCell[], key: (p: PlacedCell) => number): number[] {
  const out: number[] = [];
  let ordered = true;
  for (const p of placed) {
    const value = key(p);
    const last = out.length > 0 ? out[out.length - 1] : -1;
    if (value > last) out.push(value);
    else if (value < last) ordered = false;
  }
  return ordered ? out : [...new Set(placed.map(key))].sort((a, b) => a - b);
}

/** The last index of the first block of used indices: everything after a gap wider than `gap` lies apart from the table. */
function blockEnd(sorted: readonly number[], gap: number): number {
  if (sorted.length === 0) return -1;
  const cut = sorted.findIndex((value, i) => i > 0 && value - sorted[i - 1] > gap);
  return cut < 0 ? sorted[sorted.length - 1] : sorted[cut - 1];
}

/**
 * Excel holds at most 32 767 characters in a cell; a longer one was not written by Excel or WPS. Keeping only
 * that many never changes a figure or a label (both are short) and keeps every later step cheap.
 */
const CELL_CHARS = 32767;

/** The text of a cell, cut to what Excel can hold. */
export function cappedText(text: string): string {
  return text.length > CELL_CHARS ? text.slice(0, CELL_CHARS) : text;
}
