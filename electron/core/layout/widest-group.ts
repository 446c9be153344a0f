import type { FontSet } from '../fonts/font-types.ts';
import { sum } from './break-lines.ts';
import type { TextStyle } from './text-style.ts';
import { toAtoms } from './to-atoms.ts';
import { toGroups } from './to-groups.ts';

/** Width of the widest unbreakable group of a text: below it, the text can only be set by splitting a group. */
export function widestGroup(text: string, style: TextStyle, fonts: FontSet): number {
  return Math.max(0, ...toGroups(toAtoms(text, style, fonts)).map(sum));
}
