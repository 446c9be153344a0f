/** The A1 address of a zero-based (row, col): (4, 2) → "C5". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Spreadsheet column letters of a zero-based column: 0 → "A", 26 → "AA". */
export function columnLetters(col: number): string {
  const letter = String.fromCharCode(65 + (col % 26));
  return col < 26 ? letter : columnLetters(Math.floor(col / 26) - 1) + letter;
}
