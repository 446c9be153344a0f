import type { FontSet } from '../fonts/font-types.ts';
import type { Box, TextItem } from './layout-types.ts';
import { measureLine } from './wrap-text.ts';
import { landscapeBlock, mm, portraitBlock, portraitToLandscape } from './page-geometry.ts';
import { plainStyle } from './text-style.ts';

/** Page numbers: 4号 (14 pt) half-width 宋体 Arabic digits between em dashes, "— 1 —" (GB/T 9704-2012 7.5). */
export const PAGE_NUMBER_STYLE = plainStyle('song', 14);

/**
 * Where landscape pages carry their number. 'turned': the landscape page is bound into a portrait document,
 * so the number keeps its place on the portrait sheet and runs down the page's left edge, turned clockwise
 * (GB/T 9704-2012). 'upright': the landscape page is printed on its own (a document of landscape pages
 * only, such as the summary tables), so the number sits upright under its own text block.
 */
export type LandscapeNumbers = 'turned' | 'upright';

/** The printed page number text. */
export function pageNumberText(n: number): string {
  return `— ${n} —`;
}

/**
 * The page number: the top of its dashes 7 mm below the text block; odd pages at the right, even pages at
 * the left, one character (14 pt) in from the block's edge.
 */
export function pageNumberItem(fonts: FontSet, n: number, orientation: 'portrait' | 'landscape', landscape: LandscapeNumbers = 'turned'): TextItem {
  if (orientation === 'landscape' && landscape === 'upright') return underBlock(fonts, n, landscapeBlock(n));
  const item = underBlock(fonts, n, portraitBlock(n));
  return orientation === 'portrait' ? item : { ...item, ...portraitToLandscape(item.x, item.y), rotation: 90 };
}

function underBlock(fonts: FontSet, n: number, block: Box): TextItem {
  const text = pageNumberText(n);
  const width = measureLine(fonts, text, PAGE_NUMBER_STYLE);
  const x = n % 2 === 1 ? block.x + block.width - PAGE_NUMBER_STYLE.size - width : block.x + PAGE_NUMBER_STYLE.size;
  const y = block.y + block.height + mm(7) + dashTop(fonts);
  return { kind: 'text', part: 'pageNumber', x, y, text, role: 'song', size: 14, color: PAGE_NUMBER_STYLE.color, charSpacing: 0, width, rotation: 0 };
}

/** Height of the em dash's top above the baseline, so the dash itself sits 7 mm below the block. */
function dashTop(fonts: FontSet): number {
  const font = fonts.faces.song.font;
  return (font.glyphForCodePoint(0x2014).bbox.maxY / font.unitsPerEm) * PAGE_NUMBER_STYLE.size;
}
