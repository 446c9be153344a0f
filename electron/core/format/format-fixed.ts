import { scaledHalfUp } from '../stats/scaled-half-up.ts';

/** A number with exactly `decimals` places, rounded half away from zero on its decimal form (no thousands separators). */
export function formatFixed(value: number, decimals: number): string {
  const q = scaledHalfUp(value, 1, decimals);
  const digits = (q < 0n ? -q : q).toString().padStart(decimals + 1, '0');
  const sign = q < 0n ? '-' : '';
  if (decimals === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}
