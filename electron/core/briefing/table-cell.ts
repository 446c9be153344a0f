import { EMPTY_CELL } from '../format/format-numbers.ts';

/** One cell of a table: printed text and the raw value the .xlsx export writes. */
export interface Cell {
  readonly text: string;
  readonly value: number | string | null;
}

/** A number cell: formatted text, raw value; a dash and an empty value when null. */
export function numberCell(value: number | null | undefined, format: (v: number) => string): Cell {
  return value === null || value === undefined ? { text: EMPTY_CELL, value: null } : { text: format(value), value };
}

/** A text cell. */
export function textCell(text: string): Cell {
  return { text, value: text };
}

/** A table row from cells, in DocTable's shape. */
export function tableRow(cells: readonly Cell[], total = false): { cells: string[]; values: (number | string | null)[]; total?: boolean } {
  const row = { cells: cells.map((c) => c.text), values: cells.map((c) => c.value) };
  return total ? { ...row, total: true } : row;
}
