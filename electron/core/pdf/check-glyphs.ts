import type { FontRole } from '../doc-model.ts';
import type { Layout } from '../layout/layout-types.ts';
import { FontError } from '../fonts/font-error.ts';
import { ROLE_NAMES } from '../fonts/font-types.ts';
import type { FontSet } from '../fonts/font-types.ts';

/** A character some text needs that the face serving its role lacks. */
export interface MissingGlyph {
  readonly char: string;
  readonly role: FontRole;
  readonly face: string;
  /** The text run it appears in, for the message. */
  readonly context: string;
}

/** Every character of the laid-out text that its face cannot draw, once per character and role. */
export function findMissingGlyphs(layout: Layout, fonts: FontSet): MissingGlyph[] {
  const found = new Map<string, MissingGlyph>();
  for (const item of layout.pages.flatMap((p) => p.items.flatMap((i) => (i.kind === 'figure' ? i.marks : [i])))) {
    if (item.kind !== 'text') continue;
    const face = fonts.faces[item.role];
    for (const char of item.text) {
      const key = `${item.role}:${char}`;
      if (/\s/.test(char) || found.has(key) || face.font.hasGlyphForCodePoint(char.codePointAt(0)!)) continue;
      found.set(key, { char, role: item.role, face: face.fullName, context: item.text });
    }
  }
  return [...found.values()];
}

/**
 * Refuses to export text a font cannot draw: a missing glyph would print as a blank box, so it is an error
 * naming the character and the role (issue: "a glyph missing from a chosen font is an error before export").
 */
export function checkGlyphs(layout: Layout, fonts: FontSet): void {
  const missing = findMissingGlyphs(layout, fonts);
  if (missing.length > 0) throw new FontError(missing.map(describeMissing).join('\n'));
}

/** The Chinese message for one missing character. */
export function describeMissing(m: MissingGlyph): string {
  const code = `U+${m.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `无法导出：${ROLE_NAMES[m.role]}字体“${m.face}”中没有字符“${m.char}”（${code}），出现在“${m.context}”中。请在字体设置中为${ROLE_NAMES[m.role]}选用含此字的字体，或修改这段文字。`;
}
