import type { GridCell, SheetGrid } from './sheet-grid.ts';

/** A CSV file as a one-sheet grid named after the file; every cell keeps the text the county typed. */
export function csvToGrid(rows: readonly (readonly string[])[], sheetName: string): SheetGrid {
  return { name: sheetName, hidden: false, merges: [], rows: rows.map((row) => row.map(toCell)) };
}

function toCell(text: string): GridCell {
  return { value: text.trim() === '' ? null : text };
}
