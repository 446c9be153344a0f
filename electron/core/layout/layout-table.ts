import type { DocTable } from '../doc-model.ts';
import type { Flow } from './flow.ts';
import { addItems, currentPage, ensureRoom, fits, newPage } from './flow.ts';
import { snapToGrid } from './grid-slots.ts';
import { measureTable } from './measure-table.ts';
import type { TableMetrics } from './measure-table.ts';
import { drawBottom, drawHeader, drawRow } from './draw-table-parts.ts';
import { setFreeLines } from './set-free-lines.ts';
import { plainStyle } from './text-style.ts';
import { wrapText } from './wrap-text.ts';
import { singleLine } from './single-line.ts';

/** Table title: 3号 黑体, centred. */
const TITLE_STYLE = plainStyle('heiti', 16);
const TITLE_LEADING = 26;

/**
 * A table: title, unit line at top right, header, rows, 说明 notes. Rows never split across pages; the header
 * is repeated under a "续表" line on every page the table continues on. Landscape tables go on landscape pages.
 */
export function layoutTable(flow: Flow, table: DocTable, block: number): void {
  ensureRoom(flow, 0, table.orientation);
  snapToGrid(flow);
  const m = measureTable(table, flow.fonts, 0, currentPage(flow).block.width);
  const titleLines = wrapText(table.title, TITLE_STYLE, flow.fonts, currentPage(flow).block.width);
  ensureRoom(flow, titleLines.length * TITLE_LEADING + unitLeading(m) + headerHeight(m) + (m.rows[0]?.height ?? 0), table.orientation);
  setFreeLines(flow, titleLines, { style: TITLE_STYLE, indent: 0, align: 'center', part: 'tableTitle', ref: { block } }, TITLE_LEADING);
  unitLine(flow, table, m, block, '');
  layoutRows(flow, table, m, block);
  layoutNotes(flow, table, m, block);
}

function headerHeight(m: TableMetrics): number {
  return m.headerHeights.reduce((t, h) => t + h, 0);
}

function unitLeading(m: TableMetrics): number {
  return m.size * 1.8;
}

/** The line above the header: the unit at the right and, on continuation pages, "续表N" at the left. */
function unitLine(flow: Flow, table: DocTable, m: TableMetrics, block: number, continued: string): void {
  const { block: box } = currentPage(flow);
  const unit = plainStyle('fangsong', m.size);
  const items = [singleLine(flow.fonts, table.unit, unit, box.x + box.width, flow.y, unitLeading(m), 'right', 'tableUnit', { block }),
    singleLine(flow.fonts, continued, plainStyle('heiti', m.size), box.x, flow.y, unitLeading(m), 'left', 'tableTitle', { block })];
  addItems(flow, items.flat());
  flow.y += unitLeading(m);
}

/** Column edges placed on the current page's text block (odd and even pages differ by 2 mm). */
function onPage(flow: Flow, m: TableMetrics): TableMetrics {
  const x = currentPage(flow).block.x;
  return { ...m, edges: m.edges.map((e) => e + x) };
}

function header(flow: Flow, m: TableMetrics, block: number): void {
  addItems(flow, drawHeader(onPage(flow, m), flow.y, block));
  flow.y += headerHeight(m);
}

function layoutRows(flow: Flow, table: DocTable, m: TableMetrics, block: number): void {
  header(flow, m, block);
  m.rows.forEach((row, index) => {
    if (!fits(flow, row.height)) continuePage(flow, table, m, block);
    addItems(flow, drawRow(table, onPage(flow, m), row, index, flow.y, block));
    flow.y += row.height;
  });
  addItems(flow, drawBottom(onPage(flow, m), flow.y, block));
}

/** Closes the table on this page and repeats the header on the next (GB/T 9704: 表格跨页时表头重复). */
function continuePage(flow: Flow, table: DocTable, m: TableMetrics, block: number): void {
  addItems(flow, drawBottom(onPage(flow, m), flow.y, block));
  newPage(flow, table.orientation);
  unitLine(flow, table, m, block, `续${/^表\s*[0-9０-９一二三四五六七八九十]+/.exec(table.title)?.[0] ?? '表'}`);
  header(flow, m, block);
}

/** 说明 notes under the table, in 小四 (or the table size when smaller). */
function layoutNotes(flow: Flow, table: DocTable, m: TableMetrics, block: number): void {
  const style = plainStyle('fangsong', Math.min(12, m.size));
  flow.y += style.size * 0.5;
  for (const note of table.notes) {
    const lines = wrapText(note, style, flow.fonts, currentPage(flow).block.width);
    setFreeLines(flow, lines, { style, indent: 0, align: 'justify', part: 'tableNote', ref: { block } }, style.size * 1.6);
  }
  flow.y += style.size;
}
