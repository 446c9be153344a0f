import * as XLSX from '@e965/xlsx';
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import { cellAddress } from '../util/a1-address.ts';
import type { CellRange, GridCell, SheetGrid, StrayCell } from './sheet-grid.ts';

/**
 * Reads an .xlsx, .xlsm, .xlsb, .ods, WPS .et or .xls (BIFF8, also HTML tables saved as .xls) workbook into
 * grids; throws what SheetJS throws for unreadable files. `sheetStubs` is essential: without it SheetJS
 * silently drops a formula cell that has no cached result, and the figure would read as an empty cell (0)
 * instead of an error. Dense mode lets the grid be built from the cells present, never from the declared
 * range: a sheet whose <dimension> says A1:XFD1048576 costs what its few cells cost.
 */
export function readWorkbook(bytes: Uint8Array): SheetGrid[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const workbook = XLSX.read(buffer, { type: 'buffer', dense: true, cellFormula: true, cellNF: true, cellDates: false, sheetStubs: true });
  return workbook.SheetNames.map((name, i) => toGrid(name, workbook.Sheets[name], isHidden(workbook, i)));
}

function isHidden(workbook: WorkBook, index: number): boolean {
  // 1 = hidden, 2 = "very hidden" (only visible from VBA); both are invisible to the person who filled it in.
  return (workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0;
}

/** A present cell with its position. */
interface Placed {
  readonly r: number;
  readonly c: number;
  readonly cell: GridCell;
}

/** Empty rows or columns that separate a table from a stray value far away (typed by mistake, or a leftover). */
const ROW_GAP = 1000;
const COLUMN_GAP = 100;

function toGrid(name: string, sheet: WorkSheet | undefined, hidden: boolean): SheetGrid {
  const placed = presentCells(sheet);
  const merges = (sheet?.['!merges'] ?? []).map(toRange);
  const lastRow = blockEnd(placed.map((p) => p.r), ROW_GAP);
  const lastCol = blockEnd(placed.map((p) => p.c), COLUMN_GAP);
  const rows: GridCell[][] = Array.from({ length: lastRow + 1 }, () => []);
  const strays: StrayCell[] = [];
  for (const { r, c, cell } of placed) {
    if (r <= lastRow && c <= lastCol) rows[r][c] = cell;
    else if (cell.value !== null || cell.formula) strays.push({ address: cellAddress(r, c), cell });
  }
  const kept = merges.filter((m) => m.top <= lastRow && m.left <= lastCol);
  return { name, hidden, rows, merges: kept, ...(strays.length > 0 ? { strays } : {}) };
}

/** Every stored cell of the sheet, row by row, skipping the holes of the dense arrays. */
function presentCells(sheet: WorkSheet | undefined): Placed[] {
  const data = (sheet?.['!data'] ?? []) as (CellObject[] | undefined)[];
  const placed: Placed[] = [];
  for (const r of presentIndices(data)) {
    const row = data[r] ?? [];
    for (const c of presentIndices(row)) {
      const cell = toCell(row[c]);
      if (cell) placed.push({ r, c, cell });
    }
  }
  return placed;
}

/**
 * The indices an array holds, without walking its holes: one cell at row 99 999 999 makes a sparse array of
 * that length, and forEach would test every index (seconds); its keys are only the few present.
 */
function presentIndices(items: readonly unknown[]): number[] {
  return Object.keys(items).map(Number).filter((i) => Number.isInteger(i) && i >= 0);
}

/** The last index of the first block of used indices: everything after a gap wider than `gap` lies apart from the table. */
function blockEnd(indices: readonly number[], gap: number): number {
  const sorted = [...new Set(indices)].sort((a, b) => a - b);
  if (sorted.length === 0) return -1;
  const cut = sorted.findIndex((value, i) => i > 0 && value - sorted[i - 1] > gap);
  return cut < 0 ? sorted[sorted.length - 1] : sorted[cut - 1];
}

function toRange(merge: XLSX.Range): CellRange {
  return { top: merge.s.r, left: merge.s.c, bottom: merge.e.r, right: merge.e.c };
}

/**
 * Excel holds at most 32 767 characters in a cell; a longer one was not written by Excel or WPS. Keeping only
 * that many never changes a figure or a label (both are short) and keeps every later step cheap.
 */
const CELL_CHARS = 32767;

function capped(text: string): string {
  return text.length > CELL_CHARS ? text.slice(0, CELL_CHARS) : text;
}

function toCell(cell: CellObject | undefined): GridCell | undefined {
  if (!cell) return undefined;
  const formula = cell.f ? { formula: cell.f } : {};
  switch (cell.t) {
    case 'z': return cell.f ? { value: null, formula: cell.f, uncached: true } : undefined;
    // A damaged file can leave a number cell without a number: that is an error value, never 0 or NaN.
    case 'n': return typeof cell.v === 'number' ? { value: cell.v, ...formula, ...(cell.z !== undefined && XLSX.SSF.is_date(cell.z) ? { date: true } : {}) } : { value: null, error: '#VALUE!', ...formula };
    case 's': return { value: cell.v === '' || cell.v === undefined || cell.v === null ? null : capped(String(cell.v)), ...formula };
    case 'b': return { value: cell.v ? 'TRUE' : 'FALSE', ...formula };
    case 'e': return { value: null, error: cell.w ?? '#ERROR!', ...formula };
    case 'd': return { value: String(cell.v), ...formula };
    default: return undefined;
  }
}
