import type { FontSet } from '../fonts/font-types.ts';
import type { TextStyle } from './text-style.ts';
import { wrapText } from './wrap-text.ts';

/** Width of text set on one line in a style (grid cells included). */
export function measureLine(fonts: FontSet, text: string, style: TextStyle): number {
  return wrapText(text, style, fonts, Number.POSITIVE_INFINITY)[0]?.width ?? 0;
}
