import type { Line } from './break-lines.ts';
import type { Box, ItemPart, ItemRef, TextItem } from './layout-types.ts';
import { centredBaseline } from './grid.ts';
import { lineItems } from './line-items.ts';
import type { TextStyle } from './text-style.ts';

/** How text sits in a table cell. */
export interface CellFormat {
  readonly style: TextStyle;
  readonly align: 'left' | 'center' | 'right';
  readonly padX: number;
  readonly lineHeight: number;
  readonly part: ItemPart;
  readonly ref?: ItemRef;
}

/** Text items for a cell: lines centred vertically, aligned horizontally within the padding. */
export function cellText(lines: readonly Line[], box: Box, format: CellFormat): TextItem[] {
  const top = box.y + (box.height - lines.length * format.lineHeight) / 2;
  return lines.flatMap((line, i) => {
    const baseline = centredBaseline(top + i * format.lineHeight, format.lineHeight, format.style.size);
    return lineItems(line, { x: lineStart(line, box, format), baseline, gap: 0, style: format.style, part: format.part, ref: format.ref });
  });
}

function lineStart(line: Line, box: Box, format: CellFormat): number {
  if (format.align === 'left') return box.x + format.padX;
  if (format.align === 'right') return box.x + box.width - format.padX - line.width;
  return box.x + (box.width - line.width) / 2;
}
