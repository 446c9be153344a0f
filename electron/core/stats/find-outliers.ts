import { COLLECTION_FIELDS, type CheckSettings, type CollectionFigures, type CollectionRecord, type Month } from '../model.ts';
import { divideHalfUp, sumExact } from './decimal.ts';

/** A county-month figure far from both its references (DHIS2 outlier detection against history); the figure is never changed. */
export interface Outlier {
  readonly county: string;
  readonly month: Month;
  readonly field: keyof CollectionFigures;
  readonly value: number;
  /** The same month one year earlier ("2024-02") and its figure. */
  readonly lastYearMonth: Month;
  readonly lastYear: number;
  /** value against lastYear, % (1 decimal, half-up, signed). */
  readonly yearOnYearPercent: number;
  /** The months averaged (the N before `month`) and their mean (1 decimal, half-up). */
  readonly trailingMonths: readonly Month[];
  readonly trailingMean: number;
  /** value against the trailing mean, % (1 decimal, half-up, signed). */
  readonly trailingPercent: number;
}

/**
 * Flags each county-month figure of `months` that is farther than the thresholds from BOTH the same month last year
 * and the mean of the previous N months. Both are required, and both must be stored: a seasonal month (春节 in
 * January) differs from the recent months but not from last year, and a real trend differs from last year but not
 * from the recent months; only a figure out of line with both is likely a slip. Differences under the minimum
 * (small counts) and references of 0 (no percentage) are not flagged. Pure: records in, flags out.
 */
export function findOutliers(records: readonly CollectionRecord[], months: readonly Month[], checks: CheckSettings): Outlier[] {
  const byKey = new Map(records.map((r) => [`${r.county}|${r.month}`, r]));
  const counties = [...new Set(records.filter((r) => months.includes(r.month)).map((r) => r.county))];
  return months.flatMap((month) => counties.flatMap((county) => {
    const record = byKey.get(`${county}|${month}`);
    if (record === undefined) return [];
    const lastYearMonth = shiftMonth(month, -12);
    const lastYear = byKey.get(`${county}|${lastYearMonth}`);
    const trailingMonths = Array.from({ length: checks.trailingMonths }, (_, i) => shiftMonth(month, i - checks.trailingMonths));
    const trailing = trailingMonths.map((m) => byKey.get(`${county}|${m}`));
    if (lastYear === undefined || trailing.some((r) => r === undefined)) return [];
    return COLLECTION_FIELDS.flatMap((field) => judge(record, field, lastYear[field], trailingMonths, trailing.map((r) => r![field]), checks));
  }));
}

function judge(record: CollectionRecord, field: keyof CollectionFigures, lastYear: number, trailingMonths: readonly Month[], trailing: readonly number[], checks: CheckSettings): Outlier[] {
  const value = record[field];
  const sum = sumExact(trailing);
  if (lastYear === 0 || sum === 0) return [];
  const n = trailing.length;
  const yearDelta = sumExact([value, -lastYear]);
  const trailingDelta = sumExact([value * n, -sum]);
  if (Math.abs(yearDelta) < checks.outlierMinimumChange || Math.abs(trailingDelta) < checks.outlierMinimumChange * n) return [];
  const yearOnYearPercent = divideHalfUp(yearDelta * 100, lastYear, 1);
  const trailingPercent = divideHalfUp(trailingDelta * 100, sum, 1);
  if (Math.abs(yearOnYearPercent) <= checks.yearOnYearPercent || Math.abs(trailingPercent) <= checks.trailingPercent) return [];
  return [{
    county: record.county, month: record.month, field, value, lastYearMonth: shiftMonth(record.month, -12), lastYear,
    yearOnYearPercent, trailingMonths, trailingMean: divideHalfUp(sum, n, 1), trailingPercent,
  }];
}

/** The month `by` months from `month` ("2025-01", −1 → "2024-12"). */
function shiftMonth(month: Month, by: number): Month {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
