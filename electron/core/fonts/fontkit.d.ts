/**
 * The small part of fontkit (a dependency of pdfkit, shipped without types) that blood-brief uses.
 * Declared here so font parsing is typed without adding a package.
 */
declare module 'fontkit' {
  export interface BBox {
    readonly minX: number;
    readonly minY: number;
    readonly maxX: number;
    readonly maxY: number;
  }
  export interface Glyph {
    readonly id: number;
    readonly advanceWidth: number;
    readonly bbox: BBox;
    readonly codePoints: readonly number[];
  }
  export interface GlyphRun {
    readonly advanceWidth: number;
    readonly glyphs: readonly Glyph[];
  }
  export interface Font {
    readonly type: string;
    readonly familyName: string;
    readonly subfamilyName: string;
    readonly fullName: string;
    readonly postscriptName: string;
    readonly unitsPerEm: number;
    readonly ascent: number;
    readonly descent: number;
    layout(text: string): GlyphRun;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
  }
  export interface FontCollection {
    readonly type: 'TTC' | 'DFont';
    readonly fonts: readonly Font[];
    getFont(postscriptName: string): Font | null;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection;
}
