import type { Atom } from './to-atoms.ts';
import type { Group } from './to-groups.ts';

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
 * Greedy line filling: a group moves to the next line when it does not fit. A group wider than a whole line
 * (a very long number or word) is broken between its atoms, then between characters, rather than overflow.
 * `squeeze` is how far (points) each gap between atoms may close so that a group still fits: a line a
 * fraction of a point too long is set tighter rather than broken early and spread wide.
 */
export function breakLines(groups: readonly Group[], firstWidth: number, width: number, split: (atom: Atom) => Atom[], squeeze = 0): Line[] {
  const lines: Atom[][] = [[]];
  for (const group of groups) {
    for (const piece of fitGroup(group, width, split)) place(lines, piece, lines.length === 1 ? firstWidth : width, squeeze);
  }
  return lines.map(trim).map((atoms, i, all) => ({ atoms, width: sum(atoms), last: i === all.length - 1 }));
}

function place(lines: Atom[][], group: Group, limit: number, squeeze: number): void {
  const current = lines.at(-1)!;
  const gaps = current.length + group.length - 1;
  if (current.length > 0 && sum(current) + sum(group) > limit + EPS + squeeze * gaps) lines.push([]);
  const target = lines.at(-1)!;
  if (target.length === 0 && group.every((a) => a.kind === 'space')) return;
  target.push(...group);
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
