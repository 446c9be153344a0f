import type { FontSet } from '../fonts/font-types.ts';
import type { Line } from './break-lines.ts';
import type { TextStyle } from './text-style.ts';
import { wrapBalanced } from './wrap-balanced.ts';

/** Header cells wrap to at most this many lines. */
export const MAX_HEADER_LINES = 3;

/**
 * Wraps a header cell. A unit in brackets goes on a line of its own ("千人口献血率" / "（‰）") and a "\n" in
 * the text is a forced break — unless the whole header fits on one line, or the split would take more lines
 * than allowed or more than one beyond an even wrap.
 */
export function wrapHeader(text: string, style: TextStyle, fonts: FontSet, width: number): Line[] {
  const whole = wrapBalanced(text.replaceAll('\n', ''), style, fonts, width);
  const segments = text.split('\n').flatMap((s) => s.split(/(?=[（(])/)).filter((s) => s !== '');
  if (whole.length <= 1 && !text.includes('\n')) return whole;
  const split = segments.flatMap((s) => wrapBalanced(s, style, fonts, width));
  return split.length <= MAX_HEADER_LINES && split.length <= whole.length + 1 ? split : whole;
}
