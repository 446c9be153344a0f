import { formatFixed } from './format-fixed.ts';

/** A quantity in U (or ml) with at most one decimal, half-up, and no trailing ".0" ("19920", "1.5"). */
export function formatUnits(value: number): string {
  return formatFixed(value, 1).replace(/\.0$/, '');
}
