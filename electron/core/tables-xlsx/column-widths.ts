import type { DocColumn } from '../doc-model.ts';

/** Total width in Excel character units of a table on A4 landscape at 100 % (printable ≈ 267 mm). */
export const LANDSCAPE_WIDTH_UNITS = 140;

/** Narrowest column: room for a 4-digit figure or two Chinese characters. */
const MIN_UNITS = 6;

/** Excel column widths (character units, one decimal) proportional to the columns' weights. */
export function columnWidths(columns: readonly DocColumn[], totalUnits = LANDSCAPE_WIDTH_UNITS): number[] {
  const weights = columns.reduce((a, c) => a + c.weight, 0);
  return columns.map((c) => Math.max(MIN_UNITS, Math.round((c.weight / weights) * totalUnits * 10) / 10));
}
