import type { Font } from 'fontkit';
import type { FontRole } from '../doc-model.ts';
import type { FontSet } from '../fonts/font-types.ts';

/** Advances in em by font and string: layout measures the same strings many times while choosing sizes. */
const cache = new WeakMap<Font, Map<string, number>>();

/** Advance of `text` in em, as shaped by fontkit (the same shaping pdfkit uses when it draws). */
export function advanceEm(font: Font, text: string): number {
  const perFont = cache.get(font) ?? new Map<string, number>();
  cache.set(font, perFont);
  const hit = perFont.get(text);
  if (hit !== undefined) return hit;
  const em = font.layout(text).advanceWidth / font.unitsPerEm;
  perFont.set(text, em);
  return em;
}

/** Natural width in points of `text` set in the face of `role` at `size`. */
export function textWidth(fonts: FontSet, role: FontRole, size: number, text: string): number {
  return advanceEm(fonts.faces[role].font, text) * size;
}
