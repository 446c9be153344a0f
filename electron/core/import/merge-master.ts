import type { CellRange, SheetGrid } from './sheet-grid.ts';

/** The merge range covering (row, col), if any. */
export function mergeAt(grid: SheetGrid, row: number, col: number): CellRange | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/**
 * The (row, col) whose value shows at (row, col): the top-left cell of its merge, or itself.
 * Excel stores a merged cell's value only in the top-left cell; the others are blank.
 */
export function mergeMaster(grid: SheetGrid, row: number, col: number): readonly [number, number] {
  const merge = mergeAt(grid, row, col);
  return merge ? [merge.top, merge.left] : [row, col];
}
