import { formatFixed } from './format-fixed.ts';

/** A percentage with 1 decimal, half-up, and the sign "%" ("3.1%"). */
export function formatPercent(value: number): string {
  return `${formatFixed(value, 1)}%`;
}
