import type { CountyStatistics } from '../stats/quarter-statistics.ts';

/** A county in ranking order with its rank (null when it has no rate and so cannot be ranked). */
export interface RankedCounty {
  readonly county: CountyStatistics;
  readonly rank: number | null;
}

/**
 * Ranks counties by 千人口献血率, highest first; equal rates by more donations; then profile order (a stable sort).
 * Counties without a rate come last, unranked. This rule is printed in the table's 说明 (provincial bulletin practice).
 */
export function rankCounties(counties: readonly CountyStatistics[]): RankedCounty[] {
  const sorted = [...counties].sort((a, b) => {
    if (a.ratePerThousand === null || b.ratePerThousand === null) return (a.ratePerThousand === null ? 1 : 0) - (b.ratePerThousand === null ? 1 : 0);
    return b.ratePerThousand - a.ratePerThousand || b.donors - a.donors;
  });
  return sorted.map((county, i) => ({ county, rank: county.ratePerThousand === null ? null : i + 1 }));
}
