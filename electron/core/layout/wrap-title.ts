import type { FontSet } from '../fonts/font-types.ts';
import { sum } from './break-lines.ts';
import type { Line } from './break-lines.ts';
import type { TextStyle } from './text-style.ts';
import { toAtoms } from './to-atoms.ts';
import { toGroups } from './to-groups.ts';
import type { Group } from './to-groups.ts';
import { wrapBalanced } from './wrap-balanced.ts';

/** Characters after which a title line may well end: a date or period word is complete ("2025年第一季度"). */
const GOOD_END = new Set('的年度月日）》”、，：');

/** Characters before which a new title line may well start. */
const GOOD_START = new Set('关（《“');

/**
 * Wraps a title. GB/T 9704-2012 asks that a title wrap with its words whole; with no dictionary, a two-line
 * title breaks where a date or period word ends ("渭南市2025年第一季度" / "血液采集与供应情况") when such a
 * place lies near the middle, else at the most even point. Longer titles are wrapped evenly.
 */
export function wrapTitle(text: string, style: TextStyle, fonts: FontSet, width: number): Line[] {
  const balanced = wrapBalanced(text, style, fonts, width);
  if (balanced.length !== 2) return balanced;
  const groups = toGroups(toAtoms(text, style, fonts));
  const best = bestBreak(groups, width);
  return best === null ? balanced : [line(groups.slice(0, best), false), line(groups.slice(best), true)];
}

function bestBreak(groups: readonly Group[], width: number): number | null {
  const total = sum(groups.flat());
  let best: { k: number; score: number } | null = null;
  for (let k = 1; k < groups.length; k += 1) {
    const first = sum(groups.slice(0, k).flat());
    if (first > width || total - first > width) continue;
    const score = Math.abs(total - 2 * first) - (goodBreak(groups[k - 1]!, groups[k]!) ? total / 3 : 0);
    if (!best || score < best.score) best = { k, score };
  }
  return best?.k ?? null;
}

function goodBreak(before: Group, after: Group): boolean {
  return GOOD_END.has(before.at(-1)!.text.at(-1)!) || GOOD_START.has(after[0]!.text[0]!);
}

function line(groups: readonly Group[], last: boolean): Line {
  const atoms = groups.flat();
  return { atoms, width: sum(atoms), last };
}
