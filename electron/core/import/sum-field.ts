import { columnLetters } from '../util/a1-address.ts';
import { gridAddress, type Placement } from './grid-address.ts';
import { figureKey, type FigureValues } from './read-figures.ts';
import type { FigureColumn } from './resolve-columns.ts';

/** A figure summed over rows, with the cells it came from. */
export interface FieldSum {
  readonly value: number;
  readonly cells: string[];
}

/**
 * Sums a field's columns over rows, then applies each unit conversion once (sum of ml ÷ 200, not a sum of
 * rounded conversions). The cells are listed row by row, so a source reads "C5, C6, C7".
 */
export function sumField(values: FigureValues, rows: readonly number[], columns: readonly FigureColumn[], placement: Placement = {}): FieldSum {
  const cells: string[] = [];
  // One sum per factor, converted once each: all columns of a field share a factor except volume classes (×1, ×1.5, ×2).
  // Added in the same order as ever (row by row, column by column), so every total is the same to the last bit.
  const factors = [...new Set(columns.map((c) => c.factor))];
  const slot = columns.map((c) => factors.indexOf(c.factor));
  const totals = factors.map(() => 0);
  const letters = placement.origin ? null : columns.map((c) => columnLetters(c.col));
  for (const row of rows) {
    const rowNumber = String(row + 1);
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i]!.col;
      cells.push(letters === null ? gridAddress(placement, row, col) : letters[i] + rowNumber);
      totals[slot[i]!] += values.get(figureKey(row, col)) ?? 0;
    }
  }
  const value = factors.reduce((sum, factor, i) => sum + totals[i]! * factor, 0);
  return { value: Math.round(value * 1e6) / 1e6, cells };
}
