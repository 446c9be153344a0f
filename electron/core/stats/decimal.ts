/**
 * Exact decimal arithmetic for every printed figure: numbers are read as the decimals they print as (0.1 is
 * exactly 1/10), divided and summed in integers, and rounded half away from zero (四舍五入) on that decimal
 * form — statistical rounding must not depend on binary floating point (2.255 → 2.26, 10402 ÷ 4619 → 2.25).
 */

/** A finite decimal as an exact integer and a power of ten: value = int ÷ 10^scale. */
export interface ScaledDecimal {
  readonly int: bigint;
  readonly scale: number;
}

const NUMBER_PATTERN = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * Reads a number as the decimal it prints as (its shortest round-trip form), so 0.1 is exactly 1/10.
 * Figures come from spreadsheets as decimals; reasoning on their binary value would make 1.005 round down.
 */
export function toScaledDecimal(value: number): ScaledDecimal {
  const m = NUMBER_PATTERN.exec(String(value));
  if (!m) throw new RangeError(`不是有限数值：${value}`);
  const fraction = m[3] ?? '';
  const scale = fraction.length - Number(m[4] ?? 0);
  const digits = BigInt(`${m[1]}${m[2]}${fraction}`);
  return scale >= 0 ? { int: digits, scale } : { int: digits * 10n ** BigInt(-scale), scale: 0 };
}

/**
 * numerator ÷ denominator × 10^decimals, rounded half away from zero (四舍五入), computed exactly in integers.
 * Statistical rounding must not depend on binary floating point (10402 ÷ 4619000 × 1000 → 2.25, 2.255 → 2.26).
 */
export function scaledHalfUp(numerator: number, denominator: number, decimals: number): bigint {
  const n = toScaledDecimal(numerator);
  const d = toScaledDecimal(denominator);
  if (d.int === 0n) throw new RangeError('除数为零');
  const top = n.int * 10n ** BigInt(d.scale + decimals);
  const bottom = d.int * 10n ** BigInt(n.scale);
  const negative = (top < 0n) !== (bottom < 0n);
  const a = top < 0n ? -top : top;
  const b = bottom < 0n ? -bottom : bottom;
  const q = (2n * a + b) / (2n * b);
  return negative ? -q : q;
}

/** numerator ÷ denominator rounded half away from zero to `decimals` places, exactly (see scaledHalfUp). */
export function divideHalfUp(numerator: number, denominator: number, decimals: number): number {
  return Number(scaledHalfUp(numerator, denominator, decimals)) / 10 ** decimals;
}

/** A value rounded half away from zero to `decimals` places, judged on its printed decimal form (1.005 → 1.01). */
export function roundHalfUp(value: number, decimals: number): number {
  return divideHalfUp(value, 1, decimals);
}

/** Sums decimals exactly (0.1 + 0.2 = 0.3), so summed U and ml print as the spreadsheet totals would. */
export function sumExact(values: readonly number[]): number {
  const parts = values.map(toScaledDecimal);
  const scale = Math.max(0, ...parts.map((p) => p.scale));
  const total = parts.reduce((sum, p) => sum + p.int * 10n ** BigInt(scale - p.scale), 0n);
  return Number(total) / 10 ** scale;
}
