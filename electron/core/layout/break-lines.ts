import type { Atom } from './to-atoms.ts';
import type { Group } from './to-groups.ts';
import { closingDepth, compressibleWidth, compressLine } from './compress-punctuation.ts';

/** One line of a paragraph: its atoms (no leading or trailing spaces) and their width without justification. */
export interface Line {
  readonly atoms: readonly Atom[];
  readonly width: number;
  /** The paragraph's last line stays ragged when the paragraph is justified. */
  readonly last: boolean;
}

/** Tolerance for floating-point widths (points). */
const EPS = 0.01;

/**
 * Greedy line filling: a group moves to the next line when it does not fit — unless closing the blanks of
 * the line's brackets and pause marks (compressLine) makes it fit and disturbs the line less than leaving
 * it out would: no blank closes by more than each gap would open if the line were spread instead.
 * A group wider than a whole line (a very long number or word) is broken between its atoms, then between
 * characters, rather than overflow. `squeeze` is how far (points) each gap between atoms may close
 * besides, for the last fraction of a point on the body grid.
 */
export function breakLines(groups: readonly Group[], firstWidth: number, width: number, split: (atom: Atom) => Atom[], squeeze = 0): Line[] {
  const lines: Atom[][] = [[]];
  const limit = () => (lines.length === 1 ? firstWidth : width);
  for (const group of groups) {
    for (const piece of fitGroup(group, width, split)) place(lines, piece, limit(), squeeze);
  }
  return lines.map(trim).map((atoms, i, all) => finish(atoms, i === 0 ? firstWidth : width, squeeze, i === all.length - 1));
}

function place(lines: Atom[][], group: Group, limit: number, squeeze: number): void {
  const current = lines.at(-1)!;
  const candidate = trim([...current, ...group]);
  const excess = sum(candidate) - limit - squeeze * (candidate.length - 1);
  if (current.length > 0 && excess > EPS && !worthCompressing(trim(current), candidate, excess, limit)) lines.push([]);
  const target = lines.at(-1)!;
  if (target.length === 0 && group.every((a) => a.kind === 'space')) return;
  target.push(...group);
}

/** Whether to take a group by compressing punctuation rather than spread the line without it. */
function worthCompressing(current: readonly Atom[], candidate: readonly Atom[], excess: number, limit: number): boolean {
  if (excess > compressibleWidth(candidate) + EPS) return false;
  const spread = (limit - sum(current)) / Math.max(1, current.length - 1);
  return closingDepth(candidate, excess) <= spread;
}

/**
 * A line as set: when it is too long for its width by more than the even squeeze between its atoms can
 * take (invisible, left to the justification), its punctuation is compressed by the rest.
 */
function finish(atoms: Atom[], limit: number, squeeze: number, last: boolean): Line {
  const excess = sum(atoms) - limit - squeeze * Math.max(0, atoms.length - 1);
  const set = excess > EPS ? compressLine(atoms, excess) : atoms;
  return { atoms: set, width: sum(set), last };
}

/** Pieces of a group that each fit on a line. */
function fitGroup(group: Group, width: number, split: (atom: Atom) => Atom[]): Group[] {
  if (sum(group) <= width + EPS) return [group];
  return group.flatMap((atom) => (atom.width <= width + EPS ? [atom] : split(atom))).map((atom) => [atom]);
}

function trim(atoms: Atom[]): Atom[] {
  const end = atoms.findLastIndex((a) => a.kind !== 'space');
  return atoms.slice(0, end + 1);
}

/** Total width of atoms. */
export function sum(atoms: readonly Atom[]): number {
  return atoms.reduce((total, a) => total + a.width, 0);
}
