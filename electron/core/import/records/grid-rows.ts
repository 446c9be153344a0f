import type { GridCell, SheetGrid } from '../sheet-grid.ts';
import type { ScannedCell, ScannedRow } from './scanned-row.ts';

/** A whole-grid sheet as the rows a streaming reader would yield, for files read by the whole-workbook reader. */
export function* gridRows(grid: SheetGrid): Generator<ScannedRow> {
  for (let index = 0; index < grid.rows.length; index++) {
    yield { index, cells: (grid.rows[index] ?? []).map(scannedCell) };
  }
}

/** A cell's value as scanned; a formula's cached result counts, an error value or an uncached formula is empty. */
function scannedCell(cell: GridCell | undefined): ScannedCell {
  if (cell === undefined || cell.value === null) return null;
  if (typeof cell.value === 'number' && cell.date) return { excelDate: cell.value };
  return cell.value;
}
