import { basename } from 'node:path';
import { FONT_ROLES } from './font-types.ts';
import type { FontSet } from './font-types.ts';

/**
 * One ASCII line naming the face of each role, e.g. "fangsong: Noto Serif SC Regular [NotoSerifSC-Regular.ttf]; …".
 * File names only, not folders, so the same faces give the same PDF on every machine.
 */
export function describeFonts(fonts: FontSet): string {
  return FONT_ROLES.map((role) => `${role}: ${fonts.faces[role].fullName} [${basename(fonts.faces[role].path)}]`).join('; ');
}
