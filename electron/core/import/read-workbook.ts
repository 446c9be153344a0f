import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as SheetJs from '@e965/xlsx';
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import { cappedText, gridOfCells, placedCells, type PlacedCells } from './grid-of-cells.ts';
import type { CellRange, GridCell, SheetGrid } from './sheet-grid.ts';
import { readXlsx } from './xlsx-scan/read-xlsx.ts';

const require = createRequire(import.meta.url);
let sheetJs: typeof SheetJs | null = null;

/**
 * SheetJS (1 MB of code, ~30 ms to load) on the first file the own reader does not take: a worker reading only .xlsx
 * and CSV never loads it. The same ES module the static import would give (Node loads it synchronously).
 */
function xlsx(): typeof SheetJs {
  // By its resolved path: the package's "require" condition names its CommonJS build, another copy of the code.
  return (sheetJs ??= require(fileURLToPath(import.meta.resolve('@e965/xlsx'))) as typeof SheetJs);
}

/**
 * Reads an .xlsx, .xlsm, .xlsb, .ods, WPS .et or .xls (BIFF8, also HTML tables saved as .xls) workbook into
 * grids; throws what SheetJS throws for unreadable files. `sheetStubs` is essential: without it SheetJS
 * silently drops a formula cell that has no cached result, and the figure would read as an empty cell (0)
 * instead of an error. Dense mode lets the grid be built from the cells present, never from the declared
 * range: a sheet whose <dimension> says A1:XFD1048576 costs what its few cells cost. Given the zip's inflated
 * `entries`, an ordinary .xlsx is read by xlsx-scan/read-xlsx.ts instead, into the same grids.
 */
export function readWorkbook(bytes: Uint8Array, entries?: ReadonlyMap<string, Uint8Array>): SheetGrid[] {
  // The common .xlsx is read by the own scanner from the entries the zip check inflated; the rest by SheetJS.
  const fast = entries === undefined ? null : readXlsx(entries);
  if (fast !== null) return fast;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const workbook = xlsx().read(buffer, { type: 'buffer', dense: true, cellFormula: true, cellNF: true, cellDates: false, sheetStubs: true });
  return workbook.SheetNames.map((name, i) => toGrid(name, workbook.Sheets[name], isHidden(workbook, i)));
}

function isHidden(workbook: WorkBook, index: number): boolean {
  // 1 = hidden, 2 = "very hidden" (only visible from VBA); both are invisible to the person who filled it in.
  return (workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0;
}

function toGrid(name: string, sheet: WorkSheet | undefined, hidden: boolean): SheetGrid {
  return gridOfCells(name, hidden, presentCells(sheet), (sheet?.['!merges'] ?? []).map(toRange));
}

/** Every stored cell of the sheet, row by row, skipping the holes of the dense arrays. */
function presentCells(sheet: WorkSheet | undefined): PlacedCells {
  const data = (sheet?.['!data'] ?? []) as (CellObject[] | undefined)[];
  const placed = placedCells();
  for (const r of presentIndices(data)) {
    const row = data[r] ?? [];
    for (const c of presentIndices(row)) {
      const cell = toCell(row[c]);
      if (cell) { placed.rows.push(r); placed.cols.push(c); placed.cells.push(cell); }
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

function toRange(merge: SheetJs.Range): CellRange {
  return { top: merge.s.r, left: merge.s.c, bottom: merge.e.r, right: merge.e.c };
}

function toCell(cell: CellObject | undefined): GridCell | undefined {
  if (!cell) return undefined;
  const formula = cell.f ? { formula: cell.f } : {};
  switch (cell.t) {
    case 'z': return cell.f ? { value: null, formula: cell.f, uncached: true } : undefined;
    // A damaged file can leave a number cell without a number: that is an error value, never 0 or NaN.
    case 'n': return typeof cell.v === 'number' ? { value: cell.v, ...formula, ...(cell.z !== undefined && xlsx().SSF.is_date(cell.z) ? { date: true } : {}) } : { value: null, error: '#VALUE!', ...formula };
    case 's': return { value: cell.v === '' || cell.v === undefined || cell.v === null ? null : cappedText(String(cell.v)), ...formula };
    case 'b': return { value: cell.v ? 'TRUE' : 'FALSE', ...formula };
    case 'e': return { value: null, error: cell.w ?? '#ERROR!', ...formula };
    case 'd': return { value: String(cell.v), ...formula };
    default: return undefined;
  }
}
