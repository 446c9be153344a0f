/**
 * Round tick values for a chart's value axis from 0 up to `max`: a step of 1, 2 or 5 × 10^k giving at most
 * `count` intervals, the last tick at or above `max` (so every bar ends inside the axis). Computed with the
 * statistics so the tick labels, printed numbers like any other, are in the --json summary.
 */
export function axisTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const { mantissa, exponent } = niceStep(max / count);
  const intervals = Math.ceil(max / (mantissa * 10 ** exponent) - 1e-9);
  return Array.from({ length: intervals + 1 }, (_, i) => decimal(i * mantissa, exponent));
}

/** The smallest step of 1, 2 or 5 × 10^k not below `raw`. */
function niceStep(raw: number): { mantissa: number; exponent: number } {
  const exponent = Math.floor(Math.log10(raw));
  const scaled = raw / 10 ** exponent;
  const mantissa = [1, 2, 5, 10].find((m) => m >= scaled - 1e-9) ?? 10;
  return mantissa === 10 ? { mantissa: 1, exponent: exponent + 1 } : { mantissa, exponent };
}

/** digits × 10^exponent as the decimal it is (3 × 10^-1 is 0.3, never 0.30000000000000004). */
function decimal(digits: number, exponent: number): number {
  return Number(`${digits}e${exponent}`);
}

/** The briefing charts' axes: 图1 over every county and city rate (nulls skipped), 图2 over every monthly 献血人次 drawn. */
export function chartAxisTicks(rates: readonly (number | null)[], monthlyDonors: readonly number[]): { countyRate: number[]; monthlyDonors: number[] } {
  const known = rates.flatMap((r) => (r === null ? [] : [r]));
  return { countyRate: axisTicks(Math.max(0, ...known)), monthlyDonors: axisTicks(Math.max(0, ...monthlyDonors)) };
}
