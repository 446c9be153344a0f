/**
 * Formats a figure for a chart label with at most `decimals` decimals and no trailing zeros
 * (1.50 → "1.5", 12.00 → "12"); half-up rounding like the tables, via toFixed on a nudged value.
 */
export function formatChartNumber(value: number, decimals = 0): string {
  const factor = 10 ** decimals;
  const rounded = Math.round((value + Math.sign(value) * Number.EPSILON * Math.abs(value)) * factor) / factor;
  return String(Number(rounded.toFixed(decimals)));
}

/** A rate in ‰ always with two decimals, as the tables print it ("2.25‰", never "2.25%"). */
export function formatPermille(rate: number): string {
  return `${rate.toFixed(2)}‰`;
}
