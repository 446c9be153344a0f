import type { HeaderCell } from '../doc-model.ts';

/** A header cell at its grid position (0-based row and column within the header block). */
export interface PlacedHeaderCell {
  readonly text: string;
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/**
 * Places header cells on a grid the way HTML tables do: each cell takes the next column not already covered
 * by a row-spanning cell from a row above. Throws (in Chinese) when a row does not fill `columns` leaf
 * columns, since the merged header would then not line up with the data.
 */
export function placeHeaderCells(header: readonly (readonly HeaderCell[])[], columns: number, table: string): PlacedHeaderCell[] {
  const covered = header.map(() => new Array<boolean>(columns).fill(false));
  const placed = header.flatMap((cells, row) => placeRow(cells, row, covered));
  covered.forEach((flags, row) => {
    if (flags.length !== columns || flags.some((f) => !f)) throw new Error(`表格“${table}”第${row + 1}行表头与${columns}列数据不一致`);
  });
  return placed;
}

function placeRow(cells: readonly HeaderCell[], row: number, covered: boolean[][]): PlacedHeaderCell[] {
  let col = 0;
  return cells.map((cell) => {
    while (covered[row][col]) col++;
    const placed = { text: cell.text, row, col, rowSpan: cell.rowSpan ?? 1, colSpan: cell.colSpan ?? 1 };
    cover(covered, placed);
    col += placed.colSpan;
    return placed;
  });
}

function cover(covered: boolean[][], cell: PlacedHeaderCell): void {
  for (let r = cell.row; r < cell.row + cell.rowSpan && r < covered.length; r++) {
    for (let c = cell.col; c < cell.col + cell.colSpan; c++) covered[r][c] = true;
  }
}
