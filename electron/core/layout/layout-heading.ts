import type { DocBlock, FontRole } from '../doc-model.ts';
import type { Flow } from './flow.ts';
import { atPageTop, currentPage, newPage } from './flow.ts';
import { BODY_SIZE, GRID_CHAR, PITCH } from './grid.ts';
import { nextSlot, slotsLeft } from './grid-slots.ts';
import type { ItemRef } from './layout-types.ts';
import { setLines } from './set-lines.ts';
import { BLACK } from './text-style.ts';
import type { TextStyle } from './text-style.ts';
import { wrapText } from './wrap-text.ts';
import { planTable } from './table-plan.ts';

/** GB/T 9704-2012 heading faces: "一、" 黑体, "（一）" 楷体, "1." and "（1）" 仿宋; all 3号. */
const HEADING_ROLES: Readonly<Record<1 | 2 | 3 | 4, FontRole>> = { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' };

/** The style of a heading level. */
export function headingStyle(level: 1 | 2 | 3 | 4): TextStyle {
  return { role: HEADING_ROLES[level], size: BODY_SIZE, color: BLACK, cell: GRID_CHAR };
}

/**
 * A heading, indented two characters like body text, kept on the same page as what follows it: the next
 * line of text, or the start of a table (a table that will wait for the next page takes the heading along).
 */
export function layoutHeading(flow: Flow, level: 1 | 2 | 3 | 4, text: string, ref: ItemRef, next: DocBlock | undefined): void {
  const style = headingStyle(level);
  const width = currentPage(flow).block.width;
  const lines = wrapText(text, style, flow.fonts, width - 2 * GRID_CHAR, width);
  if (!atPageTop(flow) && strands(flow, lines.length, next)) newPage(flow, 'portrait');
  setLines(flow, lines, { style, indent: 2 * GRID_CHAR, align: 'justify', part: 'heading', ref });
}

/** Whether a heading of `lines` lines set here would end up alone at the foot of the page. */
function strands(flow: Flow, lines: number, next: DocBlock | undefined): boolean {
  if (next === undefined || next.kind === 'pageBreak') return false;
  if (lines + 1 > slotsLeft(flow)) return true;
  if (next.kind !== 'table' || next.table.orientation !== 'portrait') return false;
  const { block } = currentPage(flow);
  return planTable(flow.fonts, next.table, block, block.y + (nextSlot(flow) + lines) * PITCH).newPage;
}
