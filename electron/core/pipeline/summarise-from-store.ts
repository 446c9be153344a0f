import type { Profile, QuarterId } from '../model.ts';
import type { QuarterStatistics } from '../stats/quarter-statistics.ts';
import { monthId, parseQuarter } from '../period/quarter.ts';
import { summariseQuarter } from '../stats/summarise-quarter.ts';
import type { Store } from '../store/store.ts';

/** Summarises a quarter from the store: the quarter, its comparison periods and the year to date. */
export function summariseFromStore(store: Store, profile: Profile, quarter: QuarterId): QuarterStatistics {
  const months = briefingMonths(quarter);
  return summariseQuarter({
    profile,
    quarter,
    collections: store.collections(months),
    supplies: store.supplies(months),
    // every file behind a printed figure, the 同比/环比 and year-to-date ones too (summariseQuarter keeps the cited ones)
    sources: store.sources(months),
  });
}

/** The months a quarter's briefing reads: 同比 needs last year's, 环比 the previous quarter, progress the year to date. */
export function briefingMonths(quarter: QuarterId): string[] {
  const parsed = parseQuarter(quarter);
  if (parsed === null) throw new Error(`Invalid quarter ${quarter}`);
  // All lie in [Jan Y-1, end of quarter].
  return monthsBetween(parsed.year - 1, parsed.q * 3);
}

function monthsBetween(fromYear: number, lastMonthOfNextYear: number): string[] {
  return Array.from({ length: 12 + lastMonthOfNextYear }, (_, i) => monthId(fromYear + Math.floor(i / 12), (i % 12) + 1));
}
