import type { DocTable } from '../doc-model.ts';
import type { FontSet } from '../fonts/font-types.ts';
import type { Line } from './break-lines.ts';
import { placeHeaderCells } from './place-header-cells.ts';
import type { PlacedHeaderCell } from './place-header-cells.ts';
import { plainStyle } from './text-style.ts';
import type { TextStyle } from './text-style.ts';
import { wrapTitle } from './wrap-title.ts';
import { wrapProse } from './wrap-prose.ts';
import { MAX_HEADER_LINES, wrapHeader } from './wrap-header.ts';
import { widestHeaderPiece } from './widest-group.ts';
import { OUTER_RULE } from './table-rules.ts';

/** How tightly a table is set at one type size: leading and cell padding in em. */
interface TableDensity {
  readonly size: number;
  readonly leading: number;
  readonly padX: number;
  readonly padY: number;
}

/**
 * Table type sizes tried in turn — 四号, 小四, 五号 — each set tighter than the last: smaller type in a
 * compact table reads best with less leading and less space above and below the text of a row.
 */
const DENSITIES: readonly TableDensity[] = [
  { size: 14, leading: 1.35, padX: 0.3, padY: 0.35 },
  { size: 12, leading: 1.3, padX: 0.3, padY: 0.25 },
  { size: 10.5, leading: 1.25, padX: 0.3, padY: 0.2 },
];

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
  /** Space above and below the text of a row. */
  readonly padY: number;
  /** x of every column edge, left to right (leaf columns + 1). */
  readonly edges: readonly number[];
  readonly header: readonly MeasuredHeaderCell[];
  readonly headerHeights: readonly number[];
  readonly rows: readonly MeasuredRow[];
  /**
   * True when the size suits the columns: no header splits a word or a bracketed unit or takes over three
   * lines, and every body cell that fits on one line at 五号 does at this size too (figures never wrap;
   * text too long for its column even at 五号, such as a definition, wraps at any size).
   */
  readonly fitsColumns: boolean;
}

/** Styles of header cells (黑体), body cells (仿宋) and the total row (黑体, to stand out). */
export function cellStyle(kind: 'header' | 'body' | 'total', size: number): TextStyle {
  return plainStyle(kind === 'body' ? 'fangsong' : 'heiti', size);
}

/**
 * Measures a table for a width at every type size that suits its columns (see `fitsColumns`), largest
 * first; when none does, the smallest. The caller picks the size that fits the page. The frame is inset by
 * half its rule so its ink stays inside the text block.
 */
export function measureTableSizes(table: DocTable, fonts: FontSet, x: number, width: number): TableMetrics[] {
  const edges = columnEdges(table, x + OUTER_RULE / 2, width - OUTER_RULE);
  const all = DENSITIES.map((d) => measureAt(table, fonts, edges, d));
  const smallest = all.at(-1)!;
  const fitting = all.map((m) => ({ ...m, fitsColumns: m.fitsColumns && noMoreLines(m, smallest) })).filter((m) => m.fitsColumns);
  return fitting.length > 0 ? fitting : [smallest];
}

/** Whether every body cell on one line at the smallest size is on one line at this size too. */
function noMoreLines(m: TableMetrics, smallest: TableMetrics): boolean {
  return m.rows.every((row, r) => row.cells.every((lines, c) => lines.length <= 1 || smallest.rows[r]!.cells[c]!.length > 1));
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

/** Whether the headers suit the columns at a size: within three lines, no word or bracketed unit split. */
function headerFits(fonts: FontSet, header: readonly MeasuredHeaderCell[], inner: InnerWidth, size: number): boolean {
  const style = cellStyle('header', size);
  return header.every((c) => c.lines.length <= MAX_HEADER_LINES && widestHeaderPiece(c.text, style, fonts) <= inner(c.col, c.colSpan) + 0.01);
}

/** Inner width of a cell spanning `span` columns from `col`: the columns less the padding at both sides. */
type InnerWidth = (col: number, span: number) => number;

function measureAt(table: DocTable, fonts: FontSet, edges: readonly number[], d: TableDensity): TableMetrics {
  const { size } = d;
  const box = { size, lineHeight: size * d.leading, padX: size * d.padX, padY: size * d.padY };
  const inner: InnerWidth = (col, span) => Math.max(size, edges[col + span]! - edges[col]! - 2 * box.padX);
  const header = measureHeader(table, fonts, inner, size);
  const aligns = table.columns.map((c) => c.align);
  const rows = table.rows.map((row) => measureRow(row.cells, row.total === true, fonts, inner, box, aligns));
  const fits = headerFits(fonts, header, inner, size);
  return { ...box, edges, header, headerHeights: headerHeights(header, table.header.length, box), rows, fitsColumns: fits };
}

/**
 * Header cells wrapped to their columns. Once one cell's bracketed unit has to go on a line of its own, every
 * cell with a unit puts it on its own line, so the units of a header row line up ("血浆" / "（ml）" beside
 * "红细胞" / "（U）", not "血浆（ml）").
 */
function measureHeader(table: DocTable, fonts: FontSet, inner: InnerWidth, size: number): MeasuredHeaderCell[] {
  const style = cellStyle('header', size);
  const wrap = (text: string, c: PlacedHeaderCell) => ({ ...c, lines: wrapHeader(text, style, fonts, inner(c.col, c.colSpan)) });
  const cells = placeHeaderCells(table.header);
  const natural = cells.map((c) => wrap(c.text, c));
  const unitAlone = natural.some((c) => c.lines.length > 1 && /^[（(]/.test(lineText(c.lines.at(-1)!)) && UNIT.test(c.text));
  return unitAlone ? cells.map((c) => wrap(UNIT.test(c.text) ? c.text.replace(UNIT, '\n$&') : c.text, c)) : natural;
}

/** A bracketed unit closing a header text, after some words: "血浆（ml）", "同比增减（%）". */
const UNIT = /(?<=[^\n])[（(][^（()）]*[）)]$/;

function lineText(line: Line): string {
  return line.atoms.map((a) => a.text).join('');
}

/** Type size, leading and padding of a table's cells. */
type CellBox = Pick<TableMetrics, 'size' | 'lineHeight' | 'padX' | 'padY'>;

function measureRow(texts: readonly string[], total: boolean, fonts: FontSet, inner: InnerWidth, box: CellBox, aligns: readonly string[]): MeasuredRow {
  const style = cellStyle(total ? 'total' : 'body', box.size);
  // A cell too long for one line wraps evenly, at the end of a date or period word where one lies near the
  // middle, like a title: "临渭区2025年1月" / "采血统计.xlsx", not "…采血统" / "计.xlsx". Prose in a left-aligned
  // column (附表3's 定义) fills the column and ends lines after clauses instead (wrapProse).
  const cells = texts.map((text, col) => (aligns[col] === 'left' ? wrapProse : wrapTitle)(text, style, fonts, inner(col, 1)));
  return { cells, height: rowHeight(Math.max(1, ...cells.map((l) => l.length)), box), total };
}

/** Height of a row holding `lines` lines: the lines plus the padding above and below. */
function rowHeight(lines: number, box: CellBox): number {
  return lines * box.lineHeight + 2 * box.padY;
}

/** Header row heights: each row fits its single-row cells; a cell spanning rows grows the last row it spans. */
function headerHeights(cells: readonly MeasuredHeaderCell[], rowCount: number, box: CellBox): number[] {
  const heights = Array.from({ length: rowCount }, () => rowHeight(1, box));
  const bySpan = [...cells].sort((a, b) => a.rowSpan - b.rowSpan);
  for (const cell of bySpan) {
    const need = rowHeight(cell.lines.length, box);
    const have = heights.slice(cell.row, cell.row + cell.rowSpan).reduce((t, h) => t + h, 0);
    if (need > have) heights[cell.row + cell.rowSpan - 1]! += need - have;
  }
  return heights;
}
