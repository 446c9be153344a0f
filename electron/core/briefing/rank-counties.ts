import { compareExactRates } from '../stats/compare-exact-rates.ts';
import type { CountyStatistics } from '../stats/quarter-statistics.ts';

/** A county in ranking order with its rank (null when it has no rate and so cannot be ranked). */
export interface RankedCounty {
  readonly county: CountyStatistics;
  readonly rank: number | null;
}

/**
 * Ranks counties by the exact 千人口献血率 (not the printed, rounded one), highest first; equal exact rates by more
 * donations; then profile order (a stable sort). Counties without a rate come last, unranked. Figure 1 uses the
 * same order; the rule is printed in the table's 说明 (provincial bulletin practice).
 */
export function rankCounties(counties: readonly CountyStatistics[]): RankedCounty[] {
  const sorted = [...counties].sort(compareExactRates);
  return sorted.map((county, i) => ({ county, rank: county.ratePerThousand === null ? null : i + 1 }));
}
