import { sumCollections, type DonationFigures } from './sum-collections.ts';
import type { CollectionRecord, Month } from '../model.ts';

/** Per-month figures for the months that have records (absent months are listed as missing, not zero). */
export function monthFigures(records: readonly CollectionRecord[], months: readonly Month[]): Record<Month, DonationFigures> {
  const present = months.filter((m) => records.some((r) => r.month === m));
  return Object.fromEntries(present.map((m) => [m, sumCollections(records.filter((r) => r.month === m))]));
}
