import type { HeaderCell } from '../doc-model.ts';

/** A header cell placed on the header grid (rows × leaf columns). */
export interface PlacedHeaderCell {
  readonly text: string;
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/**
 * Places header cells with row and column spans the way HTML tables do: each cell takes the first column
 * of its row not already covered by a cell spanning down from a row above.
 */
export function placeHeaderCells(header: readonly (readonly HeaderCell[])[]): PlacedHeaderCell[] {
  const taken = new Set<string>();
  return header.flatMap((cells, row) => {
    let col = 0;
    return cells.map((cell) => {
      while (taken.has(`${row},${col}`)) col += 1;
      const placed = { text: cell.text, row, col, rowSpan: cell.rowSpan ?? 1, colSpan: cell.colSpan ?? 1 };
      markTaken(taken, placed);
      col += placed.colSpan;
      return placed;
    });
  });
}

function markTaken(taken: Set<string>, cell: PlacedHeaderCell): void {
  for (let r = cell.row; r < cell.row + cell.rowSpan; r += 1) {
    for (let c = cell.col; c < cell.col + cell.colSpan; c += 1) taken.add(`${r},${c}`);
  }
}
