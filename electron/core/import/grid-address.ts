import { cellAddress } from '../util/a1-address.ts';

/** Where a grid's cell sits in the sheet the user sees: a turned (transposed) table maps back to its original cell. */
export interface Placement {
  /** (row, col) of the grid → (row, col) of the original sheet; absent when the grid is the sheet as stored. */
  readonly origin?: (row: number, col: number) => readonly [number, number];
}

/** The zero-based (row, col), in the original sheet, of a grid's (row, col). */
export function gridPosition(grid: Placement, row: number, col: number): readonly [number, number] {
  return grid.origin ? grid.origin(row, col) : [row, col];
}

/** The A1 address, in the original sheet, of a grid's zero-based (row, col). */
export function gridAddress(grid: Placement, row: number, col: number): string {
  if (!grid.origin) return cellAddress(row, col);
  const [r, c] = grid.origin(row, col);
  return cellAddress(r, c);
}
