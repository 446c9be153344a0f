import type { Line } from './break-lines.ts';
import type { Flow } from './flow.ts';
import { addItems, ensureRoom, currentPage } from './flow.ts';
import { centredBaseline } from './grid.ts';
import { lineItems } from './line-items.ts';
import type { ParagraphFormat } from './set-lines.ts';
import { horizontal } from './set-lines.ts';

/**
 * Sets lines off the body grid at a fixed leading (table titles, notes, captions), each line where the
 * cursor is, breaking to a new page of the same orientation when a line does not fit.
 */
export function setFreeLines(flow: Flow, lines: readonly Line[], format: ParagraphFormat, leading: number): void {
  lines.forEach((line, i) => {
    ensureRoom(flow, leading, currentPage(flow).orientation);
    const baseline = centredBaseline(flow.y, leading, format.style.size);
    const { x, gap } = horizontal(flow, line, i === 0 ? format.indent : format.hang ?? 0, format);
    addItems(flow, lineItems(line, { x, baseline, gap, style: format.style, part: format.part, ref: format.ref }));
    flow.y += leading;
  });
}
