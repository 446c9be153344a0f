import type { Font } from 'fontkit';
import type { FontSet } from '../fonts/font-types.ts';
import type { Line } from './break-lines.ts';
import type { TextStyle } from './text-style.ts';
import { wrapText } from './wrap-text.ts';

/**
 * Balanced wraps already found, by face and by size, grid cell, width and text: a table's headers are wrapped at
 * the same widths for every size the table plan tries and again on every render of the preview, and each wrap is
 * a dozen trial wraps. Lines are read-only values, so they can be shared; bounded like memoByText.
 */
const found = new WeakMap<Font, Map<string, Line[]>>();
const LIMIT = 20_000;

/**
 * Wraps text into as few lines as `width` allows, with the lines as even as possible: a header reads
 * "千人口 / 献血率" rather than leaving one character alone on the last line.
 */
export function wrapBalanced(text: string, style: TextStyle, fonts: FontSet, width: number): Line[] {
  const font = fonts.faces[style.role].font;
  const perFont = found.get(font) ?? new Map<string, Line[]>();
  found.set(font, perFont);
  const key = `${style.size}|${style.cell}|${width}|${text}`;
  const known = perFont.get(key);
  if (known) return known;
  const lines = balance(text, style, fonts, width);
  if (perFont.size >= LIMIT) perFont.clear();
  perFont.set(key, lines);
  return lines;
}

/** The narrowest width that still gives the greedy line count, found by bisection. */
function balance(text: string, style: TextStyle, fonts: FontSet, width: number): Line[] {
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
