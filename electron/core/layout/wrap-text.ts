import type { FontSet } from '../fonts/font-types.ts';
import { breakLines } from './break-lines.ts';
import type { Line } from './break-lines.ts';
import type { TextStyle } from './text-style.ts';
import { toAtoms } from './to-atoms.ts';
import { toGroups } from './to-groups.ts';

/** Breaks text into lines of the given widths (the first line may be shorter, for the indent). */
export function wrapText(text: string, style: TextStyle, fonts: FontSet, firstWidth: number, width = firstWidth): Line[] {
  const groups = toGroups(toAtoms(text, style, fonts));
  const split = (atom: { text: string }) => [...atom.text].flatMap((ch) => toAtoms(ch, style, fonts));
  return breakLines(groups, firstWidth, width, split);
}
