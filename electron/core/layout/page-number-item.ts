import type { FontSet } from '../fonts/font-types.ts';
import type { TextItem } from './layout-types.ts';
import { measureLine } from './measure-line.ts';
import { mm, portraitBlock, portraitToLandscape } from './page-geometry.ts';
import { plainStyle } from './text-style.ts';

/** Page numbers: 4号 (14 pt) half-width 宋体 Arabic digits between em dashes, "— 1 —" (GB/T 9704-2012 7.5). */
export const PAGE_NUMBER_STYLE = plainStyle('song', 14);

/** The printed page number text. */
export function pageNumberText(n: number): string {
  return `— ${n} —`;
}

/**
 * The page number on the physical sheet: the top of its dashes 7 mm below the text block; odd pages at the
 * right, even pages at the left, one character (14 pt) in from the block's edge. On a landscape page the same
 * physical place is used, so the number runs down the page's left edge, turned clockwise.
 */
export function pageNumberItem(fonts: FontSet, n: number, orientation: 'portrait' | 'landscape'): TextItem {
  const text = pageNumberText(n);
  const width = measureLine(fonts, text, PAGE_NUMBER_STYLE);
  const block = portraitBlock(n);
  const x = n % 2 === 1 ? block.x + block.width - PAGE_NUMBER_STYLE.size - width : block.x + PAGE_NUMBER_STYLE.size;
  const y = block.y + block.height + mm(7) + dashTop(fonts);
  const item: TextItem = { kind: 'text', part: 'pageNumber', x, y, text, role: 'song', size: 14, color: PAGE_NUMBER_STYLE.color, charSpacing: 0, width, rotation: 0 };
  return orientation === 'portrait' ? item : { ...item, ...portraitToLandscape(x, y), rotation: 90 };
}

/** Height of the em dash's top above the baseline, so the dash itself sits 7 mm below the block. */
function dashTop(fonts: FontSet): number {
  const font = fonts.faces.song.font;
  return (font.glyphForCodePoint(0x2014).bbox.maxY / font.unitsPerEm) * PAGE_NUMBER_STYLE.size;
}
