import type { FontSet } from '../fonts/font-types.ts';
import { textWidth } from './measure-text.ts';
import { punctuationBlank } from './punctuation-blank.ts';
import type { Blank } from './punctuation-blank.ts';
import type { TextStyle } from './text-style.ts';

/**
 * The smallest unit of line layout: one full-width (CJK) character, a run of narrow characters that must
 * never be split (a number such as "10402", "2.25‰" or "3.1%", a Latin word), or a space.
 */
export interface Atom {
  readonly text: string;
  readonly kind: 'wide' | 'narrow' | 'space';
  /** Width as the font draws it. */
  readonly natural: number;
  /** Width on the line: the grid cell for full-width characters on the body grid, else natural (less any compression). */
  readonly width: number;
  /** The blank half of a full-width bracket, quote or pause mark, which a tight line may compress. */
  readonly blank: Blank;
  /** How far the glyph is drawn left of the atom's start: its start blank compressed by that much (0 otherwise). */
  readonly shift: number;
}

/** Symbols below U+2E80 that Chinese fonts set full-width and that behave like CJK characters. */
const WIDE_SYMBOLS = new Set('“”‘’…×÷§№☆★○●◎◇◆□■△▲※→←↑↓');

type Kind = Atom['kind'];

function classify(ch: string): Kind {
  if (ch !== '\u3000' && /\s/.test(ch)) return 'space';
  const cp = ch.codePointAt(0) ?? 0;
  const halfWidthForm = cp >= 0xff61 && cp <= 0xffdc;
  return (cp >= 0x2e80 && !halfWidthForm) || WIDE_SYMBOLS.has(ch) ? 'wide' : 'narrow';
}

/** Splits text into atoms and measures them in the style's face. */
export function toAtoms(text: string, style: TextStyle, fonts: FontSet): Atom[] {
  return chunk(text).map((c) => measureAtom(c.text, c.kind, style, fonts));
}

/** Consecutive narrow characters form one chunk; every wide character and every space is its own chunk. */
function chunk(text: string): { text: string; kind: Kind }[] {
  const chunks: { text: string; kind: Kind }[] = [];
  for (const ch of text) {
    const kind = classify(ch);
    const last = chunks.at(-1);
    if (kind === 'narrow' && last?.kind === 'narrow') last.text += ch;
    else chunks.push({ text: ch, kind });
  }
  return chunks;
}

function measureAtom(text: string, kind: Kind, style: TextStyle, fonts: FontSet): Atom {
  const natural = textWidth(fonts, style.role, style.size, text);
  const width = kind === 'wide' && style.cell !== null ? style.cell : natural;
  return { text, kind, natural, width, blank: kind === 'wide' ? punctuationBlank(fonts, style, text) : null, shift: 0 };
}
