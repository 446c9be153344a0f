import { divideHalfUp } from './decimal.ts';
import type { Month } from '../model.ts';

/** Two annualisations of a period's 千人口献血率; labels say which is which because national figures are annual. */
export interface AnnualisedRate {
  /** The printed quarterly rate × 4 (only meaningful for a quarter), so a reader multiplying the printed 2.25‰ gets 9.00‰. */
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
 * clearly labelled). ×4 multiplies the quarterly rate as printed (rounded half-up to 2 decimals), so the two printed
 * figures agree (2.25 × 4 = 9.00, not the 9.01 of the unrounded rate); ×365÷days is computed exactly, then rounded.
 */
export function annualisedRate(donors: number, population: number | null, months: readonly Month[]): AnnualisedRate {
  if (population === null || population <= 0) return { timesFour: null, byDays: null };
  const quarterly = divideHalfUp(donors * 1000, population, 2);
  return {
    timesFour: divideHalfUp(Math.round(quarterly * 100) * 4, 100, 2),
    byDays: divideHalfUp(donors * 365000, population * daysInMonths(months), 2),
  };
}
