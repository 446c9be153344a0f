import type { Flow } from './flow.ts';
import { currentPage, ensureRoom, newPage } from './flow.ts';
import { slotsLeft } from './grid-slots.ts';
import { BODY_SIZE, GRID_CHAR } from './grid.ts';
import type { ItemRef } from './layout-types.ts';
import { setLines } from './set-lines.ts';
import { BLACK } from './text-style.ts';
import type { TextStyle } from './text-style.ts';
import { wrapText } from './wrap-text.ts';

/** Body text: 3号 仿宋 on the grid, first-line indent two characters, justified with a ragged last line. */
export const BODY_STYLE: TextStyle = { role: 'fangsong', size: BODY_SIZE, color: BLACK, cell: GRID_CHAR };

/**
 * A body paragraph; `indent: false` drops the two-character indent, `align` centres or right-aligns it. A paragraph
 * never leaves its last line alone at the top of a page (a widow: one more line goes over with it) nor its first line
 * alone at the foot (an orphan: the paragraph starts on the next page).
 */
export function layoutParagraph(flow: Flow, text: string, ref: ItemRef, indent = true, align: 'left' | 'center' | 'right' = 'left'): void {
  const indentWidth = indent && align === 'left' ? 2 * GRID_CHAR : 0;
  ensureRoom(flow, 0, 'portrait');
  const width = currentPage(flow).block.width;
  const lines = wrapText(text, BODY_STYLE, flow.fonts, width - indentWidth, width);
  const format = { style: BODY_STYLE, indent: indentWidth, align: align === 'left' ? 'justify' : align, part: 'body', ref } as const;
  const here = linesOnThisPage(slotsLeft(flow), lines.length);
  if (here === lines.length) return setLines(flow, lines, format);
  setLines(flow, lines.slice(0, here), format);
  newPage(flow, 'portrait');
  setLines(flow, lines.slice(here), here === 0 ? format : { ...format, indent: 0 });
}

/** How many of a paragraph's lines to set on the page with `left` free grid lines, avoiding a widow or an orphan. */
export function linesOnThisPage(left: number, count: number): number {
  if (count <= left) return count;
  if (left <= 1 && count > 1) return 0;
  return count - left === 1 ? left - 1 : left;
}
