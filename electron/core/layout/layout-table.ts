import type { DocTable } from '../doc-model.ts';
import type { Flow } from './flow.ts';
import { addItems, currentPage, ensureRoom, fits, newPage } from './flow.ts';
import { snapToGrid } from './grid-slots.ts';
import { measureTable, tableHeight } from './measure-table.ts';
import type { TableMetrics } from './measure-table.ts';
import { drawBottom, drawHeader, drawRow } from './draw-table-parts.ts';
import { OUTER_RULE } from './table-rules.ts';
import { setFreeLines } from './set-free-lines.ts';
import { plainStyle } from './text-style.ts';
import type { TextStyle } from './text-style.ts';
import { wrapText } from './wrap-text.ts';
import { singleLine } from './single-line.ts';
import { noteLeading, notesHeight, prepareNotes } from './table-notes.ts';
import type { PreparedNote } from './table-notes.ts';

/** Table title: 3号 黑体, centred. */
const TITLE_STYLE = plainStyle('heiti', 16);
const TITLE_LEADING = 26;

/** Notes: 小四 (12 pt) 仿宋, or the table size when that is smaller. */
function noteStyle(size: number): TextStyle {
  return plainStyle('fangsong', Math.min(12, size));
}

/** A table being set: its data, measurements, notes and block index. */
interface TableJob {
  readonly table: DocTable;
  readonly m: TableMetrics;
  readonly notes: readonly PreparedNote[];
  readonly notesHeight: number;
  readonly block: number;
}

/**
 * A table: title, unit line at top right, header, rows, 说明 notes. Rows never split across pages; the header
 * is repeated under a "续表" line on every page the table continues on; the notes stay with the last row.
 * Landscape tables go on landscape pages.
 */
export function layoutTable(flow: Flow, table: DocTable, block: number): void {
  ensureRoom(flow, 0, table.orientation);
  snapToGrid(flow);
  const box = currentPage(flow).block;
  const titleLines = wrapText(table.title, TITLE_STYLE, flow.fonts, box.width);
  const titleHeight = titleLines.length * TITLE_LEADING;
  const roughNotes = notesHeight(prepareNotes(table.notes, noteStyle(12), flow.fonts, box.width), noteStyle(12));
  const m = measureTable(table, flow.fonts, 0, box.width, box.height - titleHeight - unitLeading(14) - roughNotes);
  const notes = prepareNotes(table.notes, noteStyle(m.size), flow.fonts, box.width);
  const job = { table, m, notes, notesHeight: notesHeight(notes, noteStyle(m.size)) + noteStyle(m.size).size, block };
  ensureRoom(flow, titleHeight + unitLeading(m.size) + firstRows(job), table.orientation);
  setFreeLines(flow, titleLines, { style: TITLE_STYLE, indent: 0, align: 'center', part: 'tableTitle', ref: { block } }, TITLE_LEADING);
  unitLine(flow, job, '');
  layoutRows(flow, job);
  layoutNotes(flow, job);
}

/** What must fit under the title: the header and the first row (and the notes when it is the only row). */
function firstRows(job: TableJob): number {
  const first = job.m.rows[0]?.height ?? 0;
  return headerHeight(job.m) + first + (job.m.rows.length <= 1 ? job.notesHeight : 0);
}

function headerHeight(m: TableMetrics): number {
  return tableHeight({ ...m, rows: [] });
}

function unitLeading(size: number): number {
  return size * 1.8;
}

/** The line above the header: the unit at the right and, on continuation pages, "续表N" at the left. */
function unitLine(flow: Flow, job: TableJob, continued: string): void {
  const { block: box } = currentPage(flow);
  const height = unitLeading(job.m.size);
  const ref = { block: job.block };
  addItems(flow, [...singleLine(flow.fonts, job.table.unit, plainStyle('fangsong', job.m.size), box.x + box.width, flow.y, height, 'right', 'tableUnit', ref),
    ...singleLine(flow.fonts, continued, plainStyle('heiti', job.m.size), box.x, flow.y, height, 'left', 'tableTitle', ref)]);
  flow.y += height;
}

/** Column edges placed on the current page's text block (odd and even pages differ by 2 mm). */
function onPage(flow: Flow, m: TableMetrics): TableMetrics {
  const x = currentPage(flow).block.x;
  return { ...m, edges: m.edges.map((e) => e + x) };
}

function header(flow: Flow, job: TableJob): void {
  addItems(flow, drawHeader(onPage(flow, job.m), flow.y, job.block));
  flow.y += headerHeight(job.m);
}

/** Rows in order; a row that does not fit (the last one together with the notes) opens a continuation page. */
function layoutRows(flow: Flow, job: TableJob): void {
  header(flow, job);
  job.m.rows.forEach((row, index) => {
    const last = index === job.m.rows.length - 1;
    if (!fits(flow, row.height + OUTER_RULE / 2 + (last ? job.notesHeight : 0)) && index > 0) continuePage(flow, job);
    addItems(flow, drawRow(job.table, onPage(flow, job.m), row, index, flow.y, job.block));
    flow.y += row.height;
  });
  addItems(flow, drawBottom(onPage(flow, job.m), flow.y, job.block));
}

/** Closes the table on this page and repeats the header on the next (header rows repeated on every page). */
function continuePage(flow: Flow, job: TableJob): void {
  addItems(flow, drawBottom(onPage(flow, job.m), flow.y, job.block));
  newPage(flow, job.table.orientation);
  unitLine(flow, job, `续${/^表\s*[0-9０-９一二三四五六七八九十]+/.exec(job.table.title)?.[0] ?? '表'}`);
  header(flow, job);
}

/** 说明 notes under the table. */
function layoutNotes(flow: Flow, job: TableJob): void {
  const style = noteStyle(job.m.size);
  flow.y += style.size * 0.4;
  for (const note of job.notes) {
    const format = { style, indent: note.indent, hang: note.hang, align: 'justify' as const, part: 'tableNote' as const, ref: { block: job.block } };
    setFreeLines(flow, note.lines, format, noteLeading(style));
  }
  flow.y += style.size * 0.6;
}
