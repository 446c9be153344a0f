/** Excel width units taken by one CJK character at 11 pt (default column unit = one '0' of Calibri 11). */
const UNITS_PER_CJK = 2;

/**
 * Row height in points for wrapped text across `widthUnits`: Excel does not grow merged rows on its own, so
 * without this a long 说明 note would print cut off. Counts CJK as two units, other characters as one.
 */
export function wrappedRowHeight(text: string, widthUnits: number, fontPt: number): number {
  const units = [...text].reduce((a, ch) => a + (ch.charCodeAt(0) > 0x2e7f ? UNITS_PER_CJK : 1), 0);
  const lines = Math.max(1, Math.ceil(units / widthUnits));
  return Math.round(lines * fontPt * 1.5 * 10) / 10;
}
