import { toScaledDecimal } from './scaled-decimal.ts';

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
