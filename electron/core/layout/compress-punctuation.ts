import type { Atom } from './to-atoms.ts';

/**
 * Punctuation compression (标点挤压; GB/T 15834-2011 practice, JIS X 4051 line adjustment): a full-width
 * bracket, quote or pause mark carries half an em of blank, and a line too long by a little closes those
 * blanks — up to half an em each — before it would break early and spread its characters apart.
 * Blanks between two marks ("）、", "、（") and at the end of the line close first; a lone mark's blank
 * only when that is not enough. The start blank of a line's first character is kept, so no ink moves
 * out of the text block.
 */
interface Closable {
  readonly index: number;
  /** 1: next to another mark or at the line end; 2: elsewhere. */
  readonly tier: 1 | 2;
  readonly max: number;
}

/** The blanks a line may close, in points. */
function closable(atoms: readonly Atom[]): Closable[] {
  return atoms.flatMap((atom, i): Closable[] => {
    const max = atom.width / 2;
    if (atom.blank === 'end') return [{ index: i, tier: i === atoms.length - 1 || atoms[i + 1]!.blank !== null ? 1 : 2, max }];
    if (atom.blank === 'start' && i > 0) return [{ index: i, tier: atoms[i - 1]!.blank !== null ? 1 : 2, max }];
    return [];
  });
}

/** How many points a line could lose by compressing its punctuation. */
export function compressibleWidth(atoms: readonly Atom[]): number {
  return closable(atoms).reduce((t, c) => t + c.max, 0);
}

/**
 * The line's atoms with `excess` points of punctuation blank closed (as far as they allow): evenly among the
 * blanks next to other marks and at the line end, then evenly among the rest. A closed start blank shifts
 * its glyph left by as much, so the ink stays where the blank was.
 */
export function compressLine(atoms: readonly Atom[], excess: number): Atom[] {
  const amounts = closings(atoms, excess);
  return atoms.map((atom, i) => close(atom, amounts.get(i) ?? 0));
}

/** The most any one blank closes when the line loses `excess` points: how visible the compression is. */
export function closingDepth(atoms: readonly Atom[], excess: number): number {
  return Math.max(0, ...closings(atoms, excess).values());
}

/** Points closed at each atom index. */
function closings(atoms: readonly Atom[], excess: number): Map<number, number> {
  const blanks = closable(atoms);
  const amounts = new Map<number, number>();
  let left = Math.max(0, excess);
  for (const tier of [1, 2] as const) {
    const inTier = blanks.filter((b) => b.tier === tier);
    const tierMax = inTier.reduce((t, b) => t + b.max, 0);
    const share = tierMax > 0 ? Math.min(1, left / tierMax) : 0;
    for (const b of inTier) amounts.set(b.index, b.max * share);
    left -= tierMax * share;
  }
  return amounts;
}

function close(atom: Atom, amount: number): Atom {
  if (amount <= 0) return atom;
  return { ...atom, width: atom.width - amount, shift: atom.blank === 'start' ? amount : 0 };
}
