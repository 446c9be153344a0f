import type { CheckSettings, Profile, QuarterId } from '../model.ts';
import type { QuarterStatistics } from '../stats/quarter-statistics.ts';
import { monthId, parseQuarter } from '../period/quarter.ts';
import { summariseQuarter } from '../stats/summarise-quarter.ts';
import type { Store } from '../store/store.ts';

/** How to summarise: the checks' thresholds, and whether import times are arrival times (not for a store filled just now). */
export interface SummariseOptions {
  readonly checks?: CheckSettings;
  /** False when the store was filled by this very run (an in-memory store): its import times say nothing of when reports arrived. */
  readonly arrivals?: boolean;
}

/**
 * Summarises a quarter from the store: the quarter, its comparison periods and the year to date, with the rules'
 * stored warnings, arrival times and the checks (thresholds: `checks`, else the profile's, else the defaults).
 */
export function summariseFromStore(store: Store, profile: Profile, quarter: QuarterId, options: SummariseOptions = {}): QuarterStatistics {
  const months = briefingMonths(quarter);
  return summariseQuarter({
    profile,
    quarter,
    collections: store.collections(months),
    supplies: store.supplies(months),
    // every file behind a printed figure, the 同比/环比 and year-to-date ones too (summariseQuarter keeps the cited ones)
    sources: store.sources(months),
    warnings: store.warnings(months),
    ...(options.arrivals === false ? {} : { arrivals: store.arrivals(months) }),
    ...(options.checks === undefined ? {} : { checks: options.checks }),
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
