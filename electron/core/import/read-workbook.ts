import * as XLSX from '@e965/xlsx';
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import type { CellRange, GridCell, SheetGrid } from './sheet-grid.ts';

/**
 * Reads an .xlsx or .xls (BIFF8, also HTML tables saved as .xls) workbook into grids; throws what SheetJS
 * throws for unreadable files. `sheetStubs` is essential: without it SheetJS silently drops a formula cell
 * that has no cached result, and the figure would read as an empty cell (0) instead of an error.
 */
export function readWorkbook(bytes: Uint8Array): SheetGrid[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const workbook = XLSX.read(buffer, { type: 'buffer', cellFormula: true, cellNF: false, cellDates: false, sheetStubs: true });
  return workbook.SheetNames.map((name, i) => toGrid(name, workbook.Sheets[name], isHidden(workbook, i)));
}

function isHidden(workbook: WorkBook, index: number): boolean {
  // 1 = hidden, 2 = "very hidden" (only visible from VBA); both are invisible to the person who filled it in.
  return (workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0;
}

function toGrid(name: string, sheet: WorkSheet | undefined, hidden: boolean): SheetGrid {
  if (!sheet?.['!ref']) return { name, hidden, rows: [], merges: [] };
  const range = XLSX.utils.decode_range(sheet['!ref']);
  const rows = Array.from({ length: range.e.r + 1 }, (_, r) =>
    Array.from({ length: range.e.c + 1 }, (_, c) => toCell(sheet[XLSX.utils.encode_cell({ r, c })] as CellObject | undefined)));
  return { name, hidden, rows, merges: (sheet['!merges'] ?? []).map(toRange) };
}

function toRange(merge: XLSX.Range): CellRange {
  return { top: merge.s.r, left: merge.s.c, bottom: merge.e.r, right: merge.e.c };
}

function toCell(cell: CellObject | undefined): GridCell | undefined {
  if (!cell) return undefined;
  const formula = cell.f ? { formula: cell.f } : {};
  switch (cell.t) {
    case 'z': return cell.f ? { value: null, formula: cell.f, uncached: true } : undefined;
    case 'n': return { value: cell.v as number, ...formula };
    case 's': return { value: cell.v === '' ? null : String(cell.v), ...formula };
    case 'b': return { value: cell.v ? 'TRUE' : 'FALSE', ...formula };
    case 'e': return { value: null, error: cell.w ?? '#ERROR!', ...formula };
    case 'd': return { value: String(cell.v), ...formula };
    default: return undefined;
  }
}
