/**
 * Height in mm of a horizontal bar chart with `rows` bars: about 6.5 mm per bar plus axes and legend,
 * clamped so a short list is not squat and a long list still fits half of the 225 mm text block.
 */
export function barChartHeightMm(rows: number, extraMm = 18): number {
  return Math.min(120, Math.max(60, Math.round(extraMm + rows * 6.5)));
}
