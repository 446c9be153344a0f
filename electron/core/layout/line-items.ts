import type { Atom } from './to-atoms.ts';
import type { Line } from './break-lines.ts';
import type { ItemPart, ItemRef, TextItem } from './layout-types.ts';
import type { TextStyle } from './text-style.ts';

/** Where and how to set one line. */
export interface LinePlacement {
  readonly x: number;
  readonly baseline: number;
  /** Extra space between atoms (justification), 0 for ragged lines. */
  readonly gap: number;
  readonly style: TextStyle;
  readonly part: ItemPart;
  readonly ref?: ItemRef;
}

/**
 * Text items for one line: consecutive full-width characters with equal spacing share one item (their grid
 * cell and any justification become character spacing); each narrow run (a number, a word) is its own item
 * so justification never opens it up.
 */
export function lineItems(line: Line, at: LinePlacement): TextItem[] {
  const items: TextItem[] = [];
  let x = at.x;
  let previous: Atom | null = null;
  for (const atom of line.atoms) {
    if (atom.kind !== 'space') addAtom(items, atom, x, at, previous?.kind === 'wide');
    x += atom.width + at.gap;
    previous = atom;
  }
  return items;
}

function addAtom(items: TextItem[], atom: Atom, x: number, at: LinePlacement, afterWide: boolean): void {
  // The glyph starts `shift` left of the atom (its start blank compressed) and its cell still ends at x + width.
  const spacing = atom.kind === 'wide' ? atom.width + atom.shift - atom.natural + at.gap : 0;
  const last = items.at(-1);
  if (atom.kind === 'wide' && atom.shift === 0 && afterWide && last && sameSpacing(last, spacing)) items[items.length - 1] = extend(last, atom, spacing);
  else items.push(textItem(atom, x - atom.shift, spacing, at));
}

function sameSpacing(last: TextItem, spacing: number): boolean {
  return Math.abs(last.charSpacing - spacing) < 1e-6;
}

function extend(last: TextItem, atom: Atom, spacing: number): TextItem {
  return { ...last, text: last.text + atom.text, width: last.width + spacing + atom.natural };
}

function textItem(atom: Atom, x: number, spacing: number, at: LinePlacement): TextItem {
  const { role, size, color } = at.style;
  const item: TextItem = { kind: 'text', part: at.part, x, y: at.baseline, text: atom.text, role, size, color, charSpacing: spacing, width: atom.width + atom.shift, rotation: 0 };
  return at.ref ? { ...item, ref: at.ref } : item;
}
