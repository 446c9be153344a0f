import { toScaledDecimal } from './scaled-decimal.ts';

/** Sums decimals exactly (0.1 + 0.2 = 0.3), so summed U and ml print as the spreadsheet totals would. */
export function sumExact(values: readonly number[]): number {
  const parts = values.map(toScaledDecimal);
  const scale = Math.max(0, ...parts.map((p) => p.scale));
  const total = parts.reduce((sum, p) => sum + p.int * 10n ** BigInt(scale - p.scale), 0n);
  return Number(total) / 10 ** scale;
}
