import { cellAddress } from '../util/a1-address.ts';
import type { CellRange, GridCell, SheetGrid, StrayCell } from './sheet-grid.ts';

/** The cells present in a sheet, row by row and left to right, as three parallel lists (no object per cell). */
export interface PlacedCells {
  readonly rows: number[];
  readonly cols: number[];
  readonly cells: GridCell[];
}

/** An empty list to push cells into. */
export function placedCells(): PlacedCells {
  return { rows: [], cols: [], cells: [] };
}

/** Empty rows or columns that separate a table from a stray value far away (typed by mistake, or a leftover). */
const ROW_GAP = 1000;
const COLUMN_GAP = 100;

/**
 * A sheet's grid from the cells present (row by row, left to right), never from a declared range: the first
 * block of rows and columns is the table, a value beyond a wide gap is a stray cell reported apart. Shared by
 * both workbook readers (SheetJS's and the own .xlsx scanner), so they build the same grid.
 */
export function gridOfCells(name: string, hidden: boolean, placed: PlacedCells, merges: readonly CellRange[]): SheetGrid {
  const lastRow = blockEnd(uniqueSorted(placed.rows), ROW_GAP);
  const lastCol = blockEnd(uniqueSorted(placed.cols), COLUMN_GAP);
  const rows: GridCell[][] = Array.from({ length: lastRow + 1 }, () => []);
  const strays: StrayCell[] = [];
  for (let i = 0; i < placed.cells.length; i++) {
    const r = placed.rows[i]!;
    const c = placed.cols[i]!;
    const cell = placed.cells[i]!;
    if (r <= lastRow && c <= lastCol) rows[r][c] = cell;
    else if (cell.value !== null || cell.formula) strays.push({ address: cellAddress(r, c), cell });
  }
  const kept = merges.filter((m) => m.top <= lastRow && m.left <= lastCol);
  return { name, hidden, rows, merges: kept, ...(strays.length > 0 ? { strays } : {}) };
}

/** The distinct values, ascending; one pass when they already come in order (rows do). */
function uniqueSorted(values: readonly number[]): number[] {
  const out: number[] = [];
  let last = -1;
  for (const value of values) {
    if (value > last) { out.push(value); last = value; }
    else if (value < last) return distinctAscending(values);
  }
  return out;
}

/** Rows and columns lie within Excel's bounds (1 048 576 × 16 384): marked in a table, then read off in order. */
const MARKED = 1 << 20;

/** The distinct values of a list out of order (columns repeat on every row), ascending, without sorting the whole list. */
function distinctAscending(values: readonly number[]): number[] {
  let max = -1;
  for (const value of values) {
    if (!(Number.isInteger(value) && value >= 0 && value < MARKED)) return [...new Set(values)].sort((a, b) => a - b);
    if (value > max) max = value;
  }
  const seen = new Uint8Array(max + 1);
  for (const value of values) seen[value] = 1;
  const out: number[] = [];
  for (let value = 0; value <= max; value++) if (seen[value] === 1) out.push(value);
  return out;
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
