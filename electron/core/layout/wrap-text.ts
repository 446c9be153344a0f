import type { FontSet } from '../fonts/font-types.ts';
import { breakLines, type Line } from './break-lines.ts';
import type { TextStyle } from './text-style.ts';
import { toAtoms } from './to-atoms.ts';
import { toGroups } from './to-groups.ts';

/** How much each gap between atoms of justified (grid) text may close: 3 % of an em, invisible on paper. */
const SQUEEZE_EM = 0.03;

/**
 * Breaks text into lines of the given widths (the first line may be shorter, for the indent). Grid text may
 * be squeezed slightly (it is justified, so the closing is spread evenly); other text never overflows.
 */
export function wrapText(text: string, style: TextStyle, fonts: FontSet, firstWidth: number, width = firstWidth): Line[] {
  const groups = toGroups(toAtoms(text, style, fonts));
  const split = (atom: { text: string }) => [...atom.text].flatMap((ch) => toAtoms(ch, style, fonts));
  return breakLines(groups, firstWidth, width, split, style.cell === null ? 0 : SQUEEZE_EM * style.size);
}

/** Width of text set on one line in a style (grid cells included). */
export function measureLine(fonts: FontSet, text: string, style: TextStyle): number {
  return wrapText(text, style, fonts, Number.POSITIVE_INFINITY)[0]?.width ?? 0;
}
