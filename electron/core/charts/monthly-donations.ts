import type { Month, QuarterSummary } from '../model.ts';
import { monthId } from '../period/quarter.ts';

/** Last year's monthly city donations as the caller may pass them (see briefingCharts). */
export interface MonthlyHistory {
  /** The quarter's months the history belongs to (this year's, e.g. "2025-01"…"2025-03"). */
  readonly months: readonly Month[];
  /** 献血人次 of the same month one year earlier, keyed by that earlier month ("2024-01"). */
  readonly lastYear: Readonly<Record<Month, number>>;
}

/** One month of the quarter: this year's city donations and the same month last year (null when unknown). */
export interface MonthDonations {
  readonly month: Month;
  readonly thisYear: number | null;
  readonly lastYear: number | null;
}

/** The same month one year earlier ("2025-03" → "2024-03"). */
export function monthLastYear(month: Month): Month {
  const [year, m] = month.split('-').map(Number);
  return monthId(year - 1, m);
}

/** City donations of a month = sum over counties that reported it; null when none did (no bar, not a zero). */
function cityDonations(summary: QuarterSummary, month: Month): number | null {
  const reported = summary.counties.flatMap((c) => (c.months[month] ? [c.months[month].donors] : []));
  return reported.length === 0 ? null : reported.reduce((a, b) => a + b, 0);
}

/**
 * The quarter's monthly city donations against the same months last year. Last year comes from `history`
 * when given, else from `summary.lastYearMonths`.
 */
export function monthlyDonations(summary: QuarterSummary, history?: MonthlyHistory): MonthDonations[] {
  return summary.months.map((month) => {
    const earlier = monthLastYear(month);
    const lastYear = history?.lastYear[earlier] ?? summary.lastYearMonths?.[earlier]?.donors ?? null;
    return { month, thisYear: cityDonations(summary, month), lastYear };
  });
}
