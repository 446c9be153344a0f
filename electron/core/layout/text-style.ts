import type { FontRole } from '../doc-model.ts';
import type { Cmyk } from './layout-types.ts';

/** Black as CMYK. */
export const BLACK: Cmyk = [0, 0, 0, 100];

/**
 * Red ink of the masthead (GB/T 9704-2012 红色 elements): a true red, CMYK 0/100/100/0. The 0/80/80/0 often quoted
 * prints and renders orange-red next to the red headers stations actually issue (issue 12).
 */
export const RED: Cmyk = [0, 100, 100, 0];

/** How a run of text is set: face role, size, colour, and the advance of full-width characters (null: natural). */
export interface TextStyle {
  readonly role: FontRole;
  readonly size: number;
  readonly color: Cmyk;
  /** Body text sits on the 28-character grid: every full-width character advances exactly this much. */
  readonly cell: number | null;
}

/** A style with natural advances (tables, notes, captions). */
export function plainStyle(role: FontRole, size: number, color: Cmyk = BLACK): TextStyle {
  return { role, size, color, cell: null };
}
