import type { CollectionRecord, Month } from '../model.ts';

/** Reporting completeness as a county × month grid (DHIS2: expected vs received). */
export interface CompletenessMatrix {
  readonly months: readonly Month[];
  readonly rows: readonly { readonly county: string; readonly received: readonly boolean[] }[];
  readonly received: number;
  readonly expected: number;
}

/**
 * Which county-months have a record, for the given counties (regionCounties: the profile's, then any county
 * found only in records) and months. The briefing's 附件 and the app's 数据总览 both use this, over the same counties.
 */
export function completenessMatrix(counties: readonly string[], months: readonly Month[], records: readonly Pick<CollectionRecord, 'county' | 'month'>[]): CompletenessMatrix {
  const have = new Set(records.map((r) => `${r.county}|${r.month}`));
  const rows = counties.map((county) => ({ county, received: months.map((m) => have.has(`${county}|${m}`)) }));
  const received = rows.reduce((sum, row) => sum + row.received.filter(Boolean).length, 0);
  return { months, rows, received, expected: counties.length * months.length };
}
