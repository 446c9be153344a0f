import { sumExact } from './decimal.ts';
import type { CollectionFigures, CollectionRecord, Month } from '../model.ts';

/** Collection figures with 献血人次 added. */
export type DonationFigures = CollectionFigures & { readonly donors: number };

/** Sums county-months; 献血人次 = 全血人次 + 单采血小板人次 (domain.md: each visit counts once). */
export function sumCollections(records: readonly CollectionFigures[]): DonationFigures {
  const wholeBloodDonors = sumExact(records.map((r) => r.wholeBloodDonors));
  const plateletDonors = sumExact(records.map((r) => r.plateletDonors));
  return {
    donors: sumExact([wholeBloodDonors, plateletDonors]),
    wholeBloodDonors,
    wholeBloodUnits: sumExact(records.map((r) => r.wholeBloodUnits)),
    plateletDonors,
    plateletDoses: sumExact(records.map((r) => r.plateletDoses)),
  };
}

/** The records of the given months (and, when given, of one county). */
export function recordsIn(records: readonly CollectionRecord[], months: readonly string[], county?: string): CollectionRecord[] {
  return records.filter((r) => months.includes(r.month) && (county === undefined || r.county === county));
}

/** Per-month figures for the months that have records (absent months are listed as missing, not zero). */
export function monthFigures(records: readonly CollectionRecord[], months: readonly Month[]): Record<Month, DonationFigures> {
  const present = months.filter((m) => records.some((r) => r.month === m));
  return Object.fromEntries(present.map((m) => [m, sumCollections(records.filter((r) => r.month === m))]));
}
