import type { FontSet } from '../fonts/font-types.ts';
import type { Line } from './break-lines.ts';
import { measureLine, wrapText } from './wrap-text.ts';
import type { TextStyle } from './text-style.ts';

/** One 说明 note, wrapped, with the indent of its first line and of the lines after it. */
export interface PreparedNote {
  readonly lines: readonly Line[];
  readonly indent: number;
  readonly hang: number;
}

/** Leading of note lines. */
export function noteLeading(style: TextStyle): number {
  return style.size * 1.6;
}

/**
 * Wraps the notes under a table. When the first note opens with a label ("说明：", "注："), every following
 * line hangs under the text after the label, so numbered notes line up: "说明：1. …" / "　　　2. …".
 */
export function prepareNotes(notes: readonly string[], style: TextStyle, fonts: FontSet, width: number): PreparedNote[] {
  const label = /^(说明|注|备注)[：:]/.exec(notes[0] ?? '')?.[0] ?? '';
  const hang = label ? measureLine(fonts, label, style) : 0;
  return notes.map((note, i) => {
    const indent = i === 0 ? 0 : hang;
    return { lines: wrapText(note, style, fonts, width - indent, width - hang), indent, hang };
  });
}
