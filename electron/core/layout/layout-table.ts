import type { DocTable } from '../doc-model.ts';
import type { Flow } from './flow.ts';
import { addItems, currentPage, ensureRoom, newPage } from './flow.ts';
import { snapToGrid } from './grid-slots.ts';
import type { TableMetrics } from './measure-table.ts';
import { drawBottom, drawHeader, drawRow } from './draw-table-parts.ts';
import { setFreeLines } from './set-free-lines.ts';
import { plainStyle } from './text-style.ts';
import { singleLine } from './single-line.ts';
import { noteLeading } from './table-notes.ts';
import { headerHeight, noteStyle, planTable, TABLE_TITLE_LEADING, TABLE_TITLE_STYLE, firstUnitLeading, unitLeading } from './table-plan.ts';
import type { TablePlan } from './table-plan.ts';

/** A table being set: its data, plan and block index. */
interface TableJob {
  readonly table: DocTable;
  readonly plan: TablePlan;
  readonly m: TableMetrics;
  readonly block: number;
}

/**
 * A table: title, unit line at top right, header, rows, 说明 notes. A table that fits on one page is set on
 * one page (at a smaller size if need be, on the next page if not here); a longer one runs over pages with
 * rows never split, the header repeated under a "续表" line, and the notes kept with the last row.
 * Landscape tables go on landscape pages.
 */
export function layoutTable(flow: Flow, table: DocTable, block: number): void {
  ensureRoom(flow, 0, table.orientation);
  snapToGrid(flow);
  const plan = planTable(flow.fonts, table, currentPage(flow).block, flow.y);
  if (plan.newPage) newPage(flow, table.orientation);
  const job = { table, plan, m: plan.m, block };
  setFreeLines(flow, plan.titleLines, { style: TABLE_TITLE_STYLE, indent: 0, align: 'center', part: 'tableTitle', ref: { block } }, TABLE_TITLE_LEADING);
  if (firstUnitLeading(table, plan.m.size) > 0) unitLine(flow, job, '');
  layoutRows(flow, job);
  layoutNotes(flow, job);
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

/** Rows in order, as many on each page as the plan says; each page's part is closed by the heavy bottom rule. */
function layoutRows(flow: Flow, job: TableJob): void {
  header(flow, job);
  let index = 0;
  job.plan.pages.forEach((count, page) => {
    if (page > 0) continuePage(flow, job);
    for (const row of job.m.rows.slice(index, index + count)) {
      addItems(flow, drawRow(job.table, onPage(flow, job.m), row, index, flow.y, job.block));
      flow.y += row.height;
      index += 1;
    }
  });
  addItems(flow, drawBottom(onPage(flow, job.m), flow.y, job.block));
}

/** Closes the table on this page and repeats the header on the next (header rows repeated on every page). */
function continuePage(flow: Flow, job: TableJob): void {
  addItems(flow, drawBottom(onPage(flow, job.m), flow.y, job.block));
  newPage(flow, job.table.orientation);
  unitLine(flow, job, `续${tableLabel(job.table.title)}`);
  header(flow, job);
}

/** "表1" or "附表2" from a title such as "附表2  …各区县月度报表报送情况"; "表" when the title has no number. */
export function tableLabel(title: string): string {
  return /^附?表\s*[0-9０-９一二三四五六七八九十]+/.exec(title)?.[0].replace(/\s+/g, '') ?? '表';
}

/** 说明 notes under the table. */
function layoutNotes(flow: Flow, job: TableJob): void {
  const style = noteStyle(job.m.size);
  flow.y += job.plan.notesGap;
  for (const note of job.plan.notes) {
    const format = { style, indent: note.indent, hang: note.hang, align: 'justify' as const, part: 'tableNote' as const, ref: { block: job.block } };
    setFreeLines(flow, note.lines, format, noteLeading(style));
  }
  flow.y += style.size * 0.6;
}
