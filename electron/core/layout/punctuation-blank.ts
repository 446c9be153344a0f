import type { Font } from 'fontkit';
import type { FontSet } from '../fonts/font-types.ts';
import type { TextStyle } from './text-style.ts';

/**
 * Full-width marks whose glyph fills only half its em and whose blank half may be taken away when a line is
 * tight (GB/T 15834-2011 practice, JIS X 4051 §3.1.2 and clreq "标点挤压"): brackets, quotes, and the
 * pause and stop marks 、，。；：. ！ and ？ are left alone (some faces centre them).
 */
const COMPRESSIBLE = new Set('（）〔〕［］｛｝〈〉《》「」『』【】〖〗“”‘’、，。；：');

/** A blank at least this wide (in em) counts as the mark's blank half. */
const MIN_BLANK_EM = 0.4;

const cache = new WeakMap<Font, Map<string, Blank>>();

/** Which side of a mark's em is blank: 'start' for opening brackets and quotes, 'end' for the others, null for no blank. */
export type Blank = 'start' | 'end' | null;

/**
 * The blank side of a character as the face draws it, read from the glyph's ink box — faces differ (a 宋体
 * for Simplified Chinese sets "，" in the lower left, a Traditional one in the centre), so nothing is assumed.
 */
export function punctuationBlank(fonts: FontSet, style: TextStyle, ch: string): Blank {
  if (!COMPRESSIBLE.has(ch)) return null;
  const font = fonts.faces[style.role].font;
  const perFont = cache.get(font) ?? new Map<string, Blank>();
  cache.set(font, perFont);
  const known = perFont.get(ch);
  if (known !== undefined) return known;
  const blank = measureBlank(font, ch);
  perFont.set(ch, blank);
  return blank;
}

function measureBlank(font: Font, ch: string): Blank {
  const glyph = font.layout(ch).glyphs[0];
  if (!glyph || glyph.advanceWidth < 0.9 * font.unitsPerEm) return null;
  const start = glyph.bbox.minX / font.unitsPerEm;
  const end = (glyph.advanceWidth - glyph.bbox.maxX) / font.unitsPerEm;
  if (end >= MIN_BLANK_EM && end > start) return 'end';
  return start >= MIN_BLANK_EM ? 'start' : null;
}
