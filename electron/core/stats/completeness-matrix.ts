import type { CollectionRecord, Month } from '../model.ts';
import { arrivedOnTime, chinaDayText, dueDate } from '../period/report-deadline.ts';

/** When a county-month's current figures were stored (ISO 8601), as the store reports it. */
export interface ArrivalTime {
  readonly county: string;
  readonly month: Month;
  readonly importedAt: string;
}

/** One county's row: received or not per month and, where the arrival time is known, its day and whether it was late. */
export interface CompletenessRow {
  readonly county: string;
  readonly received: readonly boolean[];
  /** China calendar day the month's current figures arrived ("2025-02-08"); null when not received or not known. */
  readonly arrivedOn: readonly (string | null)[];
  /** True when it arrived after the month's due date; false when on time, not received or not known. */
  readonly late: readonly boolean[];
}

/** Reporting completeness and timeliness as a county × month grid (DHIS2: expected vs received, on time vs late). */
export interface CompletenessMatrix {
  readonly months: readonly Month[];
  readonly rows: readonly CompletenessRow[];
  readonly received: number;
  readonly expected: number;
  /** Each month's due date ("2025-02-10"): day `dueDay` of the month after. */
  readonly dueDates: readonly string[];
  readonly dueDay: number;
  /** Received reports that arrived after their due date. */
  readonly late: number;
}

/**
 * Which county-months have a record, for the given counties (regionCounties: the profile's, then any county
 * found only in records) and months, and when each arrived against its deadline. The briefing's 附件 and the
 * app's 数据总览 both use this, over the same counties and the same deadline rule (period/report-deadline.ts).
 */
export function completenessMatrix(counties: readonly string[], months: readonly Month[], records: readonly Pick<CollectionRecord, 'county' | 'month'>[],
  arrivals: readonly ArrivalTime[] = [], dueDay = 10): CompletenessMatrix {
  const have = new Set(records.map((r) => `${r.county}|${r.month}`));
  const arrived = new Map(arrivals.map((a) => [`${a.county}|${a.month}`, chinaDayText(new Date(a.importedAt))]));
  const rows = counties.map((county) => {
    const received = months.map((m) => have.has(`${county}|${m}`));
    const arrivedOn = months.map((m, i) => (received[i] ? arrived.get(`${county}|${m}`) ?? null : null));
    return { county, received, arrivedOn, late: months.map((m, i) => arrivedOn[i] !== null && !arrivedOnTime(m, arrivedOn[i]!, dueDay)) };
  });
  const received = rows.reduce((sum, row) => sum + row.received.filter(Boolean).length, 0);
  const late = rows.reduce((sum, row) => sum + row.late.filter(Boolean).length, 0);
  return { months, rows, received, expected: counties.length * months.length, dueDates: months.map((m) => dueDate(m, dueDay)), dueDay, late };
}
