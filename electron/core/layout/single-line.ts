import type { FontSet } from '../fonts/font-types.ts';
import { centredBaseline } from './grid.ts';
import type { ItemPart, ItemRef, TextItem } from './layout-types.ts';
import { lineItems } from './line-items.ts';
import type { TextStyle } from './text-style.ts';
import { wrapText } from './wrap-text.ts';

/**
 * One unwrapped line of text anchored at `x` (its left, centre or right end), centred vertically in the band
 * from `top` of height `height`. Empty text gives no items.
 */
export function singleLine(fonts: FontSet, text: string, style: TextStyle, x: number, top: number, height: number,
  anchor: 'left' | 'center' | 'right', part: ItemPart, ref?: ItemRef): TextItem[] {
  const line = wrapText(text, style, fonts, Number.POSITIVE_INFINITY)[0];
  if (!line || line.atoms.length === 0) return [];
  const start = anchor === 'left' ? x : anchor === 'right' ? x - line.width : x - line.width / 2;
  return lineItems(line, { x: start, baseline: centredBaseline(top, height, style.size), gap: 0, style, part, ref });
}
