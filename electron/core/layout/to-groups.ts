import type { Atom } from './to-atoms.ts';

/**
 * Chinese line-breaking rules (避头尾, GB/T 15834 practice): these never start a line — closing punctuation,
 * pause and stop marks, ‰ and %, ellipsis and dash (so "……" and "——" stay whole) …
 */
const NO_LINE_START = new Set('，。、；：？！）》〉」』】〕］｝〗”’…‰%％·・—～,.;:?!)]}');

/** … and these never end a line: opening brackets and quotes. */
const NO_LINE_END = new Set('（《〈「『【〔［｛〖“‘([{');

/** A run of atoms with no break allowed inside. */
export type Group = readonly Atom[];

/** Groups atoms so that a line break is only possible between groups; spaces are groups of their own. */
export function toGroups(atoms: readonly Atom[]): Group[] {
  const groups: Atom[][] = [];
  for (const atom of atoms) {
    const last = groups.at(-1);
    if (last && glues(last.at(-1)!, atom)) last.push(atom);
    else groups.push([atom]);
  }
  return groups;
}

function glues(previous: Atom, atom: Atom): boolean {
  if (previous.kind === 'space' || atom.kind === 'space') return false;
  return NO_LINE_START.has(atom.text[0]!) || NO_LINE_END.has(previous.text.at(-1)!);
}
