/**
 * Spreadsheet cell addresses, the one place they are spelled: zero-based (row, col) ↔ "C5" and column letters
 * (runs of cells as ranges are in cell-ranges.ts). Used by the importer's messages and sources, the conflict
 * and overview texts, the exported workbook's print area and the 映射 grid.
 */

/** The A1 address of a zero-based (row, col): (4, 2) → "C5". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Spreadsheet column letters of a zero-based column: 0 → "A", 26 → "AA". */
export function columnLetters(col: number): string {
  const letter = String.fromCharCode(65 + (col % 26));
  return col < 26 ? letter : columnLetters(Math.floor(col / 26) - 1) + letter;
}

/** A zero-based cell position. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

const A1 = /^([A-Z]+)(\d+)$/;

/** "C5" (or "$C$5", "c5") → { row: 4, col: 2 }; null when it is not an A1 address. */
export function parseAddress(address: string): CellPosition | null {
  const m = A1.exec(address.replace(/\$/g, '').toUpperCase());
  if (m === null) return null;
  const col = [...m[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}
