/**
 * The body grid of GB/T 9704-2012: 3号 (16 pt) type, 22 lines × 28 characters in the 156 × 225 mm block.
 */
import { BLOCK } from './page-geometry.ts';

/** 3号 body size in points. */
export const BODY_SIZE = 16;

/** Lines per page. */
export const LINES_PER_PAGE = 22;

/** Characters per line. */
export const CHARS_PER_LINE = 28;

/** Line pitch: 225 mm ÷ 22 ≈ 28.99 pt (fixed leading). */
export const PITCH = BLOCK.height / LINES_PER_PAGE;

/** Character pitch: 156 mm ÷ 28 ≈ 15.79 pt, so exactly 28 full-width characters fill a line. */
export const GRID_CHAR = BLOCK.width / CHARS_PER_LINE;

/** Where a CJK em box sits relative to the baseline: 0.88 em above, 0.12 em below (ideographic em box). */
export const EM_ABOVE = 0.88;

/** Baseline that centres a line of `size` type vertically in a band starting at `top` of height `height`. */
export function centredBaseline(top: number, height: number, size: number): number {
  return top + height / 2 + (EM_ABOVE - 0.5) * size;
}
