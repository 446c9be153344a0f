import type { Flow } from './flow.ts';
import { currentPage } from './flow.ts';
import { BODY_SIZE, GRID_CHAR } from './grid.ts';
import type { ItemRef } from './layout-types.ts';
import { setLines } from './set-lines.ts';
import { BLACK } from './text-style.ts';
import type { TextStyle } from './text-style.ts';
import { wrapText } from './wrap-text.ts';

/** Body text: 3号 仿宋 on the grid, first-line indent two characters, justified with a ragged last line. */
export const BODY_STYLE: TextStyle = { role: 'fangsong', size: BODY_SIZE, color: BLACK, cell: GRID_CHAR };

/** A body paragraph; `indent: false` drops the two-character indent, `align` centres or right-aligns it. */
export function layoutParagraph(flow: Flow, text: string, ref: ItemRef, indent = true, align: 'left' | 'center' | 'right' = 'left'): void {
  const indentWidth = indent && align === 'left' ? 2 * GRID_CHAR : 0;
  const width = currentPage(flow).block.width;
  const lines = wrapText(text, BODY_STYLE, flow.fonts, width - indentWidth, width);
  setLines(flow, lines, { style: BODY_STYLE, indent: indentWidth, align: align === 'left' ? 'justify' : align, part: 'body', ref });
}
