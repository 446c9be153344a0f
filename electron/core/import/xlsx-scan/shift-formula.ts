/**
 * The formula text of a cell that shares its formula with a master cell (ECMA-376 18.3.1.40, t="shared"):
 * the master's text with every relative A1 reference moved by the distance between the two cells, as SheetJS
 * writes it for the dependent cells, so both readers print the same =formula in a message.
 */
import { UnsupportedSheet } from './sheet-xml-scanner.ts';

const REFERENCE = /(^|[^._A-Z0-9])([$]?)([A-Z]{1,2}|[A-W][A-Z]{2}|X[A-E][A-Z]|XF[A-D])([$]?)(10[0-3]\d{4}|104[0-7]\d{3}|1048[0-4]\d{2}|10485[0-6]\d|104857[0-6]|[1-9]\d{0,5})(?![_.(A-Za-z0-9])/g;

/** `formula` (the master's, at masterRow/masterCol) as it reads in the cell `rows` down and `cols` across. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(REFERENCE, (_m, before: string, colFixed: string, col: string, rowFixed: string, row: string) =>
    before + (colFixed === '$' ? colFixed + col : columnName(columnIndex(col) + cols)) + (rowFixed === '$' ? rowFixed + row : String(parseInt(row, 10) + rows)));
}

function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n - 1;
}

function columnName(col: number): string {
  // SheetJS throws here ("invalid column"); the workbook is then left to it, so the outcome stays the same.
  if (col < 0) throw new UnsupportedSheet(`invalid column ${col}`);
  let s = '';
  for (let c = col + 1; c; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(((c - 1) % 26) + 65) + s;
  return s;
}
