import type { DocTable } from '../doc-model.ts';
import type { FontSet } from '../fonts/font-types.ts';
import type { Line } from './break-lines.ts';
import { placeHeaderCells } from './place-header-cells.ts';
import type { PlacedHeaderCell } from './place-header-cells.ts';
import { plainStyle } from './text-style.ts';
import type { TextStyle } from './text-style.ts';
import { wrapText } from './wrap-text.ts';
import { MAX_HEADER_LINES, wrapHeader } from './wrap-header.ts';
import { widestGroup } from './widest-group.ts';
import { OUTER_RULE } from './table-rules.ts';

/** Table type sizes tried in turn: 四号, 小四, 五号 — the largest at which every figure fits its column. */
const TABLE_SIZES = [14, 12, 10.5] as const;

/** A header cell with its wrapped lines. */
export interface MeasuredHeaderCell extends PlacedHeaderCell {
  readonly lines: readonly Line[];
}

/** A body row with the wrapped lines of each cell and its height. */
export interface MeasuredRow {
  readonly cells: readonly (readonly Line[])[];
  readonly height: number;
  readonly total: boolean;
}

/** Everything needed to draw a table: type size, column edges, header and row heights. */
export interface TableMetrics {
  readonly size: number;
  readonly lineHeight: number;
  readonly padX: number;
  /** x of every column edge, left to right (leaf columns + 1). */
  readonly edges: readonly number[];
  readonly header: readonly MeasuredHeaderCell[];
  readonly headerHeights: readonly number[];
  readonly rows: readonly MeasuredRow[];
  /** True when every body cell fits its column on one line and no header needs a group split or over three lines. */
  readonly fitsColumns: boolean;
}

/** Styles of header cells (黑体), body cells (仿宋) and the total row (黑体, to stand out). */
export function cellStyle(kind: 'header' | 'body' | 'total', size: number): TextStyle {
  return plainStyle(kind === 'body' ? 'fangsong' : 'heiti', size);
}

/**
 * Measures a table for a width, choosing its type size: the largest size at which every cell fits its column
 * on one line (headers up to three lines), and among those, the largest at which the whole table fits in
 * `onePage` points when one exists — a short table is not spread over two pages for a larger size.
 * The frame is inset by half its rule so its ink stays inside the text block.
 */
export function measureTable(table: DocTable, fonts: FontSet, x: number, width: number, onePage: number): TableMetrics {
  const edges = columnEdges(table, x + OUTER_RULE / 2, width - OUTER_RULE);
  const fitting = TABLE_SIZES.map((s) => measureAt(table, fonts, edges, s)).filter((m) => m.fitsColumns);
  return fitting.find((m) => tableHeight(m) <= onePage) ?? fitting[0] ?? measureAt(table, fonts, edges, TABLE_SIZES.at(-1)!);
}

/** Height of the header and all rows. */
export function tableHeight(m: TableMetrics): number {
  return [...m.headerHeights, ...m.rows.map((r) => r.height)].reduce((t, h) => t + h, 0);
}

/** Column edges from the relative weights. */
function columnEdges(table: DocTable, x: number, width: number): number[] {
  const total = table.columns.reduce((t, c) => t + c.weight, 0);
  const edges = [x];
  for (const column of table.columns) edges.push(edges.at(-1)! + (width * column.weight) / total);
  return edges;
}

/** Whether a size suits the columns: body cells on one line, headers within three lines and never split inside a group. */
function fitsColumns(fonts: FontSet, header: readonly MeasuredHeaderCell[], rows: readonly MeasuredRow[], inner: InnerWidth, size: number): boolean {
  const style = cellStyle('header', size);
  return rows.every((row) => row.cells.every((lines) => lines.length <= 1)) &&
    header.every((c) => c.lines.length <= MAX_HEADER_LINES && widestGroup(c.text, style, fonts) <= inner(c.col, c.colSpan) + 0.01);
}

/** Inner width of a cell spanning `span` columns from `col`: the columns less the padding at both sides. */
type InnerWidth = (col: number, span: number) => number;

function measureAt(table: DocTable, fonts: FontSet, edges: readonly number[], size: number): TableMetrics {
  const padX = size * 0.3;
  const lineHeight = size * 1.35;
  const inner: InnerWidth = (col, span) => Math.max(size, edges[col + span]! - edges[col]! - 2 * padX);
  const header = placeHeaderCells(table.header).map((c) => ({ ...c, lines: wrapHeader(c.text, cellStyle('header', size), fonts, inner(c.col, c.colSpan)) }));
  const rows = table.rows.map((row) => measureRow(row.cells, row.total === true, fonts, inner, size, lineHeight));
  const fits = fitsColumns(fonts, header, rows, inner, size);
  return { size, lineHeight, padX, edges, header, headerHeights: headerHeights(header, table.header.length, size, lineHeight), rows, fitsColumns: fits };
}

function measureRow(texts: readonly string[], total: boolean, fonts: FontSet, inner: InnerWidth, size: number, lineHeight: number): MeasuredRow {
  const style = cellStyle(total ? 'total' : 'body', size);
  const cells = texts.map((text, col) => wrapText(text, style, fonts, inner(col, 1)));
  return { cells, height: rowHeight(Math.max(1, ...cells.map((l) => l.length)), size, lineHeight), total };
}

/** Height of a row holding `lines` lines: the lines plus a margin of 0.35 em above and below. */
function rowHeight(lines: number, size: number, lineHeight: number): number {
  return lines * lineHeight + size * 0.7;
}

/** Header row heights: each row fits its single-row cells; a cell spanning rows grows the last row it spans. */
function headerHeights(cells: readonly MeasuredHeaderCell[], rowCount: number, size: number, lineHeight: number): number[] {
  const heights = Array.from({ length: rowCount }, () => rowHeight(1, size, lineHeight));
  const bySpan = [...cells].sort((a, b) => a.rowSpan - b.rowSpan);
  for (const cell of bySpan) {
    const need = rowHeight(cell.lines.length, size, lineHeight);
    const have = heights.slice(cell.row, cell.row + cell.rowSpan).reduce((t, h) => t + h, 0);
    if (need > have) heights[cell.row + cell.rowSpan - 1]! += need - have;
  }
  return heights;
}
