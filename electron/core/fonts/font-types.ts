/**
 * Font settings and the resolved font set: which face serves each GB/T 9704 typeface role.
 */
import type { Font } from 'fontkit';
import type { FontRole } from '../doc-model.ts';

/** Every role, in the order reports list them. */
export const FONT_ROLES: readonly FontRole[] = ['fangsong', 'heiti', 'kaiti', 'title', 'song'];

/** Chinese names of the roles, for messages and the PDF's font record. */
export const ROLE_NAMES: Readonly<Record<FontRole, string>> = {
  fangsong: '仿宋', heiti: '黑体', kaiti: '楷体', title: '小标宋', song: '宋体',
};

/** A font file; a TrueType collection (.ttc) also needs the PostScript name of the face inside it. */
export type FontChoice = string | { readonly path: string; readonly postscriptName?: string };

/** User settings for font lookup: explicit files per role, or bundled fonts only (reproducible output). */
export interface FontSettings {
  /** Explicit face per role; wins over everything else. */
  readonly paths?: Partial<Record<FontRole, FontChoice>>;
  /** Ignore installed system fonts: tests and the demo use this so output is identical on every machine. */
  readonly bundledOnly?: boolean;
  /** Folder with the bundled OFL fonts (default: templates/fonts of this checkout). */
  readonly bundledDir?: string;
  /** Folders searched for the official faces (default: per operating system). */
  readonly searchDirs?: readonly string[];
}

/** The face serving one role: the parsed font and where it came from. */
export interface FontFace {
  readonly role: FontRole;
  readonly font: Font;
  readonly path: string;
  readonly family: string;
  readonly fullName: string;
  readonly postscriptName: string;
  /** True when a bundled OFL font stands in for the official face. */
  readonly bundled: boolean;
}

/** One face per role. */
export interface FontSet {
  readonly faces: Readonly<Record<FontRole, FontFace>>;
}
