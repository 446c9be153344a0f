import type { DocTable } from '../doc-model.ts';
import type { FontSet } from '../fonts/font-types.ts';
import type { Line } from './break-lines.ts';
import type { Box } from './layout-types.ts';
import { measureTableSizes, tableHeight } from './measure-table.ts';
import type { TableMetrics } from './measure-table.ts';
import { MIN_ROWS_PER_PAGE, paginateRows } from './paginate-rows.ts';
import { noteLeading, prepareNotes } from './table-notes.ts';
import type { PreparedNote } from './table-notes.ts';
import { OUTER_RULE } from './table-rules.ts';
import { plainStyle } from './text-style.ts';
import type { TextStyle } from './text-style.ts';
import { wrapText } from './wrap-text.ts';

/** Table title: 3号 黑体, centred. */
export const TABLE_TITLE_STYLE = plainStyle('heiti', 16);
export const TABLE_TITLE_LEADING = 26;

/** Tolerance for comparing heights (points). */
const EPS = 0.01;

/** Notes: 小四 (12 pt) 仿宋, or the table size when that is smaller. */
export function noteStyle(size: number): TextStyle {
  return plainStyle('fangsong', Math.min(12, size));
}

/** Height of the line above the header that carries the unit (and "续表N" on continuation pages). */
export function unitLeading(size: number): number {
  return size * 1.8;
}

/** The unit line on the table's first page: none when the table states no unit (the title stands right above the header). */
export function firstUnitLeading(table: DocTable, size: number): number {
  return table.unit === '' ? 0 : unitLeading(size);
}

/** Height of the header rows. */
export function headerHeight(m: TableMetrics): number {
  return tableHeight({ ...m, rows: [] });
}

/** Where and how a table is set: its type size, wrapped title and notes, rows per page, and whether it waits for a new page. */
export interface TablePlan {
  readonly m: TableMetrics;
  readonly titleLines: readonly Line[];
  readonly notes: readonly PreparedNote[];
  /** Space between the last row and the first note line. */
  readonly notesGap: number;
  /** Body rows on each page the table takes, first page first. */
  readonly pages: readonly number[];
  /** True when the table starts at the top of the next page instead of at the cursor. */
  readonly newPage: boolean;
}

/** A measured size with the parts of the table around its rows. */
interface Candidate {
  readonly m: TableMetrics;
  readonly notes: readonly PreparedNote[];
  readonly notesGap: number;
  /** Title, unit line and header: what stands above the first row on the first page. */
  readonly head: number;
  /** Notes with the gap above them. */
  readonly foot: number;
}

/**
 * Plans a table starting at `y` on a page with text block `block`. A table that fits the rest of the page
 * at some size (title, unit line, header, rows and notes) is set there at the largest such size; else one
 * that fits a whole page starts on the next page at the largest size that fits it; only a table too long
 * for a page at 五号 is split, at the largest size its columns allow, with at least two rows on each page.
 */
export function planTable(fonts: FontSet, table: DocTable, block: Box, y: number): TablePlan {
  const room = block.y + block.height - y;
  const titleLines = wrapText(table.title, TABLE_TITLE_STYLE, fonts, block.width);
  const titleHeight = titleLines.length * TABLE_TITLE_LEADING;
  const candidates = measureTableSizes(table, fonts, 0, block.width).map((m) => candidate(fonts, table, m, block.width, titleHeight));
  const here = candidates.find((c) => whole(c) <= room + EPS);
  if (here) return plan(here, titleLines, [here.m.rows.length], false);
  const onePage = candidates.find((c) => whole(c) <= block.height + EPS);
  if (onePage) return plan(onePage, titleLines, [onePage.m.rows.length], room < block.height - EPS);
  return split(candidates[0]!, titleLines, room, block.height);
}

function candidate(fonts: FontSet, table: DocTable, m: TableMetrics, width: number, titleHeight: number): Candidate {
  const style = noteStyle(m.size);
  const notes = prepareNotes(table.notes, style, fonts, width);
  const notesGap = notes.length > 0 ? style.size * 0.4 : 0;
  const foot = notesGap + notes.reduce((t, n) => t + n.lines.length, 0) * noteLeading(style);
  return { m, notes, notesGap, head: titleHeight + firstUnitLeading(table, m.size) + headerHeight(m), foot };
}

/** Height of the whole table on one page, down to the ink of its bottom rule and its last note. */
function whole(c: Candidate): number {
  return c.head + tableHeight(c.m) - headerHeight(c.m) + OUTER_RULE / 2 + c.foot;
}

function plan(c: Candidate, titleLines: readonly Line[], pages: readonly number[], newPage: boolean): TablePlan {
  return { m: c.m, titleLines, notes: c.notes, notesGap: c.notesGap, pages, newPage };
}

/** A long table over pages; it starts on the next page when fewer than two of its rows fit under its head here. */
function split(c: Candidate, titleLines: readonly Line[], room: number, full: number): TablePlan {
  const heights = c.m.rows.map((r) => r.height);
  const next = full - unitLeading(c.m.size) - headerHeight(c.m) - OUTER_RULE / 2;
  const from = (space: number) => paginateRows(heights, { first: space - c.head - OUTER_RULE / 2, next, lastExtra: c.foot });
  const here = from(room);
  const enough = here[0]! >= Math.min(MIN_ROWS_PER_PAGE, heights.length);
  return enough || room >= full - EPS ? plan(c, titleLines, here, false) : plan(c, titleLines, from(full), true);
}
