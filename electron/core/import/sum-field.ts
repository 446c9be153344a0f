import { collectCells } from '../util/cell-ranges.ts';
import { gridPosition, type Placement } from './grid-address.ts';
import type { FigureValues } from './read-figures.ts';
import type { FigureColumn } from './resolve-columns.ts';

/** A figure summed over rows, with the cells it came from as A1 ranges ("C5:C7"). */
export interface FieldSum {
  readonly value: number;
  readonly cells: string[];
}

/**
 * Sums a field's columns over rows, then applies each unit conversion once (sum of ml ÷ 200, not a sum of
 * rounded conversions). The cells are kept as runs in the order read, so a source reads "C5:C7", however many rows.
 */
export function sumField(values: FigureValues, rows: readonly number[], columns: readonly FigureColumn[], placement: Placement = {}): FieldSum {
  const cells = collectCells();
  // One sum per factor, converted once each: all columns of a field share a factor except volume classes (×1, ×1.5, ×2).
  // Added in the same order as ever (row by row, column by column), so every total is the same to the last bit.
  const factors = [...new Set(columns.map((c) => c.factor))];
  const slot = columns.map((c) => factors.indexOf(c.factor));
  const totals = factors.map(() => 0);
  const read = columns.map((c) => values.column(c.col));
  // Distinct columns of the sheet itself are collected a column at a time (the same ranges, one look-up per column).
  const byColumn = placement.origin === undefined && new Set(columns.map((c) => c.col)).size === columns.length;
  if (byColumn) columns.forEach((c, i) => cells.addColumn(c.col, rows, i, columns.length));
  for (const row of rows) {
    for (let i = 0; i < columns.length; i++) {
      if (!byColumn) cells.add(...gridPosition(placement, row, columns[i]!.col));
      totals[slot[i]!] += read[i]![row] ?? 0;
    }
  }
  const value = factors.reduce((sum, factor, i) => sum + totals[i]! * factor, 0);
  return { value: Math.round(value * 1e6) / 1e6, cells: cells.ranges() };
}
