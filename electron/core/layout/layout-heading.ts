import type { FontRole } from '../doc-model.ts';
import type { Flow } from './flow.ts';
import { atPageTop, currentPage, newPage } from './flow.ts';
import { BODY_SIZE, GRID_CHAR } from './grid.ts';
import { slotsLeft } from './grid-slots.ts';
import type { ItemRef } from './layout-types.ts';
import { setLines } from './set-lines.ts';
import { BLACK } from './text-style.ts';
import type { TextStyle } from './text-style.ts';
import { wrapText } from './wrap-text.ts';

/** GB/T 9704-2012 heading faces: "一、" 黑体, "（一）" 楷体, "1." and "（1）" 仿宋; all 3号. */
const HEADING_ROLES: Readonly<Record<1 | 2 | 3 | 4, FontRole>> = { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' };

/** The style of a heading level. */
export function headingStyle(level: 1 | 2 | 3 | 4): TextStyle {
  return { role: HEADING_ROLES[level], size: BODY_SIZE, color: BLACK, cell: GRID_CHAR };
}

/** A heading, indented two characters like body text, kept on the same page as the line that follows it. */
export function layoutHeading(flow: Flow, level: 1 | 2 | 3 | 4, text: string, ref: ItemRef, keepWithNext: boolean): void {
  const style = headingStyle(level);
  const width = currentPage(flow).block.width;
  const lines = wrapText(text, style, flow.fonts, width - 2 * GRID_CHAR, width);
  if (keepWithNext && lines.length + 1 > slotsLeft(flow) && !atPageTop(flow)) newPage(flow, 'portrait');
  setLines(flow, lines, { style, indent: 2 * GRID_CHAR, align: 'justify', part: 'heading', ref });
}
