import type { FontSet } from '../fonts/font-types.ts';
import { sum } from './break-lines.ts';
import type { Line } from './break-lines.ts';
import type { TextStyle } from './text-style.ts';
import { toAtoms } from './to-atoms.ts';
import { toGroups, type Group } from './to-groups.ts';
import { wrapTitle } from './wrap-title.ts';

/** Punctuation after which a line of prose ends well: a clause is complete. */
const CLAUSE_END = new Set('，、；：。）”');

/** A line ending at a clause may fall this far short of the width rather than split a word at the edge. */
const CLAUSE_SLACK = 0.4;

/**
 * Wraps prose in a table cell (a definition, a note): lines filled to the column's width — not balanced to half of it
 * — each ending after a clause (，、；…) when one lies in the last 40 % of the line, so a word is not split at the
 * edge ("年度任/务"). A run with no such break (a file name, a date) is wrapped like a title.
 */
export function wrapProse(text: string, style: TextStyle, fonts: FontSet, width: number): Line[] {
  const groups = toGroups(toAtoms(text, style, fonts));
  if (!groups.some((g) => CLAUSE_END.has(g.at(-1)!.text.at(-1)!)) || groups.some((g) => sum(g) > width)) return wrapTitle(text, style, fonts, width);
  const lines: Group[][] = [];
  let rest = groups;
  while (rest.length > 0) {
    const take = lineLength(rest, width);
    lines.push(rest.slice(0, take));
    rest = rest.slice(take);
  }
  return lines.map((gs, i) => ({ atoms: gs.flat(), width: sum(gs.flat()), last: i === lines.length - 1 }));
}

/** How many groups the next line takes: all that fit, cut back to the last clause end in the line's last 40 %. */
function lineLength(groups: readonly Group[], width: number): number {
  const widths = groups.map((g) => sum(g));
  const fit = widths.reduce((n, _, i) => (widths.slice(0, i + 1).reduce((a, b) => a + b, 0) <= width ? i + 1 : n), 0);
  if (fit >= groups.length) return groups.length;
  for (let k = fit; k > 0; k -= 1) {
    const used = widths.slice(0, k).reduce((a, b) => a + b, 0);
    if (used < width * (1 - CLAUSE_SLACK)) break;
    if (CLAUSE_END.has(groups[k - 1]!.at(-1)!.text.at(-1)!)) return k;
  }
  return Math.max(1, fit);
}
