/**
 * GB/T 9704-2012 page model: A4, top margin 37 mm, text block 156 × 225 mm, inside (binding) margin 28 mm,
 * so bottom 35 mm and outside 26 mm; odd pages bind on the left, even pages on the right.
 */
import type { Box } from './layout-types.ts';

/** Points per millimetre. */
export const MM = 72 / 25.4;

/** Converts millimetres to points. */
export function mm(value: number): number {
  return value * MM;
}

/** A4 in points, portrait. */
export const A4 = { width: mm(210), height: mm(297) } as const;

/** The text block (版心) size. */
export const BLOCK = { width: mm(156), height: mm(225) } as const;

/** The text block of a portrait page: 28 mm from the left on odd pages (binding), 26 mm on even pages. */
export function portraitBlock(pageNumber: number): Box {
  const left = pageNumber % 2 === 1 ? mm(28) : mm(26);
  return { x: left, y: mm(37), width: BLOCK.width, height: BLOCK.height };
}

/**
 * Maps a point of the physical portrait sheet to a landscape page. GB/T 9704 turns landscape tables so
 * their head faces the left edge of the sheet on odd and even pages alike; the landscape page is the
 * portrait sheet turned clockwise: portrait (x, y) → landscape (297 mm − y, x).
 */
export function portraitToLandscape(x: number, y: number): { x: number; y: number } {
  return { x: A4.height - y, y: x };
}

/** The text block of a landscape page: the portrait block of the same page number, turned. */
export function landscapeBlock(pageNumber: number): Box {
  const p = portraitBlock(pageNumber);
  const corner = portraitToLandscape(p.x, p.y + p.height);
  return { x: corner.x, y: corner.y, width: p.height, height: p.width };
}

/** Page size and text block for a page number and orientation. */
export function pageFrame(pageNumber: number, orientation: 'portrait' | 'landscape') {
  return orientation === 'portrait'
    ? { width: A4.width, height: A4.height, block: portraitBlock(pageNumber) }
    : { width: A4.height, height: A4.width, block: landscapeBlock(pageNumber) };
}
