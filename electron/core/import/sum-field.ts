import { cellAddress } from './cell-address.ts';
import type { FigureValues } from './read-figures.ts';
import type { FigureColumn } from './resolve-columns.ts';

/** A figure summed over rows, with the cells it came from. */
export interface FieldSum {
  readonly value: number;
  readonly cells: string[];
}

/**
 * Sums a field's columns over rows, then applies the unit conversion once (sum of ml ÷ 200, not a sum of
 * rounded conversions). The cells are listed row by row, so a source reads "C5, C6, C7".
 */
export function sumField(values: FigureValues, rows: readonly number[], columns: readonly FigureColumn[]): FieldSum {
  const cells: string[] = [];
  let raw = 0;
  for (const row of rows) {
    for (const { col } of columns) {
      cells.push(cellAddress(row, col));
      raw += values.get(`${row}:${col}`) ?? 0;
    }
  }
  // resolveColumns gives all columns of one field the same factor.
  const factor = columns[0]?.factor ?? 1;
  return { value: Math.round(raw * factor * 1e6) / 1e6, cells };
}
