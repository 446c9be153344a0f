import type { FontSet } from '../fonts/font-types.ts';
import { sum } from './break-lines.ts';
import type { TextStyle } from './text-style.ts';
import { toAtoms } from './to-atoms.ts';
import { toGroups } from './to-groups.ts';

/** Width of the widest unbreakable group of a text: below it, the text can only be set by splitting a group. */
export function widestGroup(text: string, style: TextStyle, fonts: FontSet): number {
  return Math.max(0, ...toGroups(toAtoms(text, style, fonts)).map(sum));
}

/**
 * The narrowest width a header cell can take without an ugly break: its widest group, and each bracketed
 * unit or remark whole ("（治疗量）", "（时间进度25%）") — a unit split as "（治疗" / "量）" misreads.
 */
export function widestHeaderPiece(text: string, style: TextStyle, fonts: FontSet): number {
  const units = text.match(/[（(][^（()）]*[）)]/g) ?? [];
  return Math.max(widestGroup(text, style, fonts), ...units.map((unit) => sum(toAtoms(unit, style, fonts))));
}
