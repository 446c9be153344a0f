import { EMPTY_CELL, type GridCell, type SheetGrid } from './sheet-grid.ts';

/** A CSV file as a one-sheet grid named after the file; every cell keeps the text the county typed. */
export function csvToGrid(rows: readonly (readonly string[])[], sheetName: string): SheetGrid {
  // A ledger repeats the same few texts (county, month, small counts) on every row: one read-only cell each.
  const cells = new Map<string, GridCell>();
  const toCell = (text: string): GridCell => {
    const known = cells.get(text);
    if (known !== undefined) return known;
    const cell: GridCell = text === '' || text.trim() === '' ? EMPTY_CELL : { value: text };
    if (cells.size < SHARED_CELLS && text.length <= 64) cells.set(text, cell);
    return cell;
  };
  return { name: sheetName, hidden: false, merges: [], rows: rows.map((row) => row.map(toCell)) };
}

/** How many distinct texts share their cell: bounded, so a file of distinct texts costs no more than the bound. */
const SHARED_CELLS = 50_000;
