import type { DocTable } from '../doc-model.ts';
import type { Box, LayoutItem } from './layout-types.ts';
import { cellText } from './cell-text.ts';
import { cellEdges, OUTER_RULE, tableRule } from './table-rules.ts';
import { cellStyle } from './measure-table.ts';
import type { MeasuredHeaderCell, MeasuredRow, TableMetrics } from './measure-table.ts';

const total = (heights: readonly number[]) => heights.reduce((t, h) => t + h, 0);

/** Header rows drawn from `top`: outer top and left rules, then every cell with its text centred. */
export function drawHeader(m: TableMetrics, top: number, block: number): LayoutItem[] {
  const left = m.edges[0]!;
  const bottom = top + total(m.headerHeights);
  const frame = [tableRule(left, top, m.edges.at(-1)!, top, OUTER_RULE, { block }), tableRule(left, top, left, bottom, OUTER_RULE, { block })];
  return [...frame, ...m.header.flatMap((cell) => drawHeaderCell(m, cell, top, block))];
}

function drawHeaderCell(m: TableMetrics, cell: MeasuredHeaderCell, top: number, block: number): LayoutItem[] {
  const ref = { block, row: -(cell.row + 1) };
  const format = { style: cellStyle('header', m.size), align: 'center' as const, padX: m.padX, lineHeight: m.lineHeight, part: 'tableHeader' as const, ref };
  const box = headerBox(m, cell, top);
  return [...cellText(cell.lines, box, format), ...cellEdges(box, m.edges.at(-1)!, ref)];
}

/** A header cell's box from its row and column spans. */
function headerBox(m: TableMetrics, cell: MeasuredHeaderCell, top: number): Box {
  const x = m.edges[cell.col]!;
  const y = top + total(m.headerHeights.slice(0, cell.row));
  return { x, y, width: m.edges[cell.col + cell.colSpan]! - x, height: total(m.headerHeights.slice(cell.row, cell.row + cell.rowSpan)) };
}

/** One body row drawn from `top`: left rule, then each cell aligned as its column says. */
export function drawRow(table: DocTable, m: TableMetrics, row: MeasuredRow, index: number, top: number, block: number): LayoutItem[] {
  const left = m.edges[0]!;
  const ref = { block, row: index };
  const style = cellStyle(row.total ? 'total' : 'body', m.size);
  return [tableRule(left, top, left, top + row.height, OUTER_RULE, ref), ...row.cells.flatMap((lines, col) => {
    const box = { x: m.edges[col]!, y: top, width: m.edges[col + 1]! - m.edges[col]!, height: row.height };
    const format = { style, align: table.columns[col]?.align ?? 'center', padX: m.padX, lineHeight: m.lineHeight, part: 'tableCell' as const, ref };
    return [...cellText(lines, box, format), ...cellEdges(box, m.edges.at(-1)!, ref)];
  })];
}

/** The heavy bottom rule closing the table on a page. */
export function drawBottom(m: TableMetrics, y: number, block: number): LayoutItem[] {
  return [tableRule(m.edges[0]!, y, m.edges.at(-1)!, y, OUTER_RULE, { block })];
}
