import type { FontSet } from '../fonts/font-types.ts';
import type { Line } from './break-lines.ts';
import type { TextStyle } from './text-style.ts';
import { wrapText } from './wrap-text.ts';

/**
 * Wraps text into as few lines as `width` allows, with the lines as even as possible: a header reads
 * "千人口 / 献血率" rather than leaving one character alone on the last line.
 */
export function wrapBalanced(text: string, style: TextStyle, fonts: FontSet, width: number): Line[] {
  const greedy = wrapText(text, style, fonts, width);
  if (greedy.length <= 1) return greedy;
  let low = Math.max(...greedy.map((l) => l.width)) / 2;
  let high = width;
  for (let i = 0; i < 12; i += 1) {
    const mid = (low + high) / 2;
    if (wrapText(text, style, fonts, mid).length > greedy.length) low = mid;
    else high = mid;
  }
  return wrapText(text, style, fonts, high);
}
