import { collectCells } from '../util/cell-ranges.ts';
import { gridPosition, type Placement } from './grid-address.ts';
import { figureKey, type FigureValues } from './read-figures.ts';
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
  const raw = new Map<number, number>();
  for (const row of rows) {
    for (const { col, factor } of columns) {
      if (placement.origin === undefined) cells.add(row, col);
      else cells.add(...gridPosition(placement, row, col));
      raw.set(factor, (raw.get(factor) ?? 0) + (values.get(figureKey(row, col)) ?? 0));
    }
  }
  const value = [...raw].reduce((sum, [factor, total]) => sum + total * factor, 0);
  return { value: Math.round(value * 1e6) / 1e6, cells: cells.ranges() };
}
