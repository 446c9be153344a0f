import type { Line } from './break-lines.ts';
import type { Flow } from './flow.ts';
import { addItems, currentPage } from './flow.ts';
import { centredBaseline, PITCH } from './grid.ts';
import type { ItemPart, ItemRef } from './layout-types.ts';
import { lineItems } from './line-items.ts';
import type { TextStyle } from './text-style.ts';
import { takeSlot } from './grid-slots.ts';

/** How a paragraph's lines are set. */
export interface ParagraphFormat {
  readonly style: TextStyle;
  /** First-line indent in points (GB/T 9704: two characters). */
  readonly indent: number;
  /** Indent of the lines after the first (a hanging indent under a "说明：" label); 0 when absent. */
  readonly hang?: number;
  readonly align: 'justify' | 'left' | 'center' | 'right';
  readonly part: ItemPart;
  readonly ref?: ItemRef;
}

/** Sets lines on consecutive grid lines of portrait pages, breaking pages as the grid fills. */
export function setLines(flow: Flow, lines: readonly Line[], format: ParagraphFormat): void {
  lines.forEach((line, i) => {
    const top = takeSlot(flow);
    const baseline = centredBaseline(top, PITCH, format.style.size);
    const { x, gap } = horizontal(flow, line, i === 0 ? format.indent : 0, format);
    addItems(flow, lineItems(line, { x, baseline, gap, style: format.style, part: format.part, ref: format.ref }));
  });
}

/** Start and justification gap of a line within the text block; a squeezed line closes its gaps evenly. */
export function horizontal(flow: Flow, line: Line, indent: number, format: Pick<ParagraphFormat, 'align' | 'style'>) {
  const { block } = currentPage(flow);
  const free = block.width - indent - line.width;
  if (free < 0) return { x: block.x + indent, gap: free / Math.max(1, line.atoms.length - 1) };
  if (format.align === 'center') return { x: block.x + free / 2, gap: 0 };
  if (format.align === 'right') return { x: block.x + free, gap: 0 };
  return { x: block.x + indent, gap: format.align === 'justify' ? justifyGap(line, free, format.style.size) : 0 };
}

/**
 * Extra space between atoms so a justified line ends flush with the block (last line ragged). A line with
 * too little text to spread decently (a gap over one character) stays ragged.
 */
function justifyGap(line: Line, free: number, size: number): number {
  const gaps = line.atoms.length - 1;
  if (line.last || gaps <= 0 || free <= 0) return 0;
  const gap = free / gaps;
  return gap > size ? 0 : gap;
}
