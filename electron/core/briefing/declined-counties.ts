import type { CountyStatistics } from '../stats/quarter-statistics.ts';

/** A county whose donations fell against the same quarter last year, with the fall in % (null if not computable). */
export interface Decline {
  readonly county: string;
  readonly percent: number | null;
}

/** Counties with fewer donations than in the same quarter last year, in table order (provincial bulletins name them). */
export function declinedCounties(counties: readonly CountyStatistics[]): Decline[] {
  return counties.flatMap((c) => {
    const yearOnYear = c.donorsChange.yearOnYear;
    return yearOnYear && yearOnYear.delta < 0 ? [{ county: c.name, percent: yearOnYear.percent }] : [];
  });
}
