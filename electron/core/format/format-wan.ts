import { divideHalfUp } from '../stats/divide-half-up.ts';
import { formatFixed } from './format-fixed.ts';

/** A head count in 万人 with 1 decimal, half-up (4619000 → "461.9"). */
export function formatWan(persons: number): string {
  return formatFixed(divideHalfUp(persons, 10000, 1), 1);
}
