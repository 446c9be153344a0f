import type { HeaderCell } from '../doc-model.ts';
import { placeHeaderCells, type PlacedHeaderCell } from '../layout/place-header-cells.ts';

/**
 * Places header cells as the PDF layout does, then refuses (in Chinese) a header row that does not cover
 * exactly `columns` leaf columns: merged cells in Excel would then not line up with the data.
 */
export function checkedHeaderCells(header: readonly (readonly HeaderCell[])[], columns: number, table: string): PlacedHeaderCell[] {
  const placed = placeHeaderCells(header);
  header.forEach((_, row) => {
    const covered = placed.filter((c) => c.row <= row && row < c.row + c.rowSpan).reduce((n, c) => n + c.colSpan, 0);
    const inside = placed.every((c) => c.col + c.colSpan <= columns);
    if (covered !== columns || !inside) throw new Error(`表格“${table}”第${row + 1}行表头与${columns}列数据不一致`);
  });
  return placed;
}
