import type { Font } from 'fontkit';
import type { FontRole } from '../doc-model.ts';
import type { FontSet } from '../fonts/font-types.ts';

/** Advances in em by font and string: layout measures the same strings many times while choosing sizes. */
const cache = new WeakMap<Font, Map<string, number>>();

/**
 * Advance of `text` in em, as fontkit shapes it (the same shaping pdfkit uses when it draws). A single character
 * has nothing to kern or ligate with, so its advance is its glyph's: read from the font's metrics instead of running
 * the shaper, which costs ~0.1 ms a call and dominated a first layout (every CJK character is measured on its own).
 */
export function advanceEm(font: Font, text: string): number {
  const perFont = cache.get(font) ?? new Map<string, number>();
  cache.set(font, perFont);
  const hit = perFont.get(text);
  if (hit !== undefined) return hit;
  const code = text.codePointAt(0);
  const single = code !== undefined && text.length === (code > 0xffff ? 2 : 1);
  const units = single ? font.glyphForCodePoint(code).advanceWidth : font.layout(text).advanceWidth;
  const em = units / font.unitsPerEm;
  perFont.set(text, em);
  return em;
}

/** Natural width in points of `text` set in the face of `role` at `size`. */
export function textWidth(fonts: FontSet, role: FontRole, size: number, text: string): number {
  return advanceEm(fonts.faces[role].font, text) * size;
}
