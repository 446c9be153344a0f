import type { CollectionRecord, Month } from '../model.ts';

/** A county-month with no record. */
export interface MissingReport {
  readonly county: string;
  readonly month: Month;
}

/** Every county × month without a record, counties in the given (profile) order, then months (DHIS2 completeness). */
export function missingReports(counties: readonly string[], months: readonly Month[], records: readonly CollectionRecord[]): MissingReport[] {
  const received = new Set(records.map((r) => `${r.county}|${r.month}`));
  return counties.flatMap((county) => months.filter((month) => !received.has(`${county}|${month}`)).map((month) => ({ county, month })));
}
