import { divideHalfUp } from './divide-half-up.ts';
import type { Month } from '../model.ts';

/** Two annualisations of a period's 千人口献血率; labels say which is which because national figures are annual. */
export interface AnnualisedRate {
  /** Quarterly rate × 4 (only meaningful for a quarter). */
  readonly timesFour: number | null;
  /** Rate × 365 ÷ days in the period. */
  readonly byDays: number | null;
}

/** Days covered by whole calendar months ("2025-01".."2025-03" → 90). */
export function daysInMonths(months: readonly Month[]): number {
  return months.reduce((sum, m) => {
    const [year, month] = m.split('-').map(Number);
    return sum + new Date(Date.UTC(year, month, 0)).getUTCDate();
  }, 0);
}

/**
 * Annualised 千人口献血率 (domain.md: quarterly briefings publish the raw quarterly rate; offer ×4 and ×365÷days,
 * clearly labelled). Exact integer arithmetic, rounded half-up to 2 decimals.
 */
export function annualisedRate(donors: number, population: number | null, months: readonly Month[]): AnnualisedRate {
  if (population === null || population <= 0) return { timesFour: null, byDays: null };
  return {
    timesFour: divideHalfUp(donors * 4000, population, 2),
    byDays: divideHalfUp(donors * 365000, population * daysInMonths(months), 2),
  };
}
