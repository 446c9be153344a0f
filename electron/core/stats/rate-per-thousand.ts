import { divideHalfUp } from './decimal.ts';

/**
 * 千人口献血率 (‰) = donations ÷ 常住人口 × 1000, rounded half-up to 2 decimals (domain.md, WHO/DHIS2 indicator
 * = numerator ÷ denominator × factor). Null when the population is unknown or zero.
 */
export function ratePerThousand(donors: number, population: number | null): number | null {
  if (population === null || population <= 0) return null;
  return divideHalfUp(donors * 1000, population, 2);
}
