import { ratePerThousand } from './rate-per-thousand.ts';
import { sumCollections } from './sum-collections.ts';
import type { CollectionRecord, Totals } from '../model.ts';

/**
 * Totals of a set of county-months with the rate against `population`, in the JSON contract's field order.
 * The rate is null without records too: a county that reported nothing has an unknown rate, not 0.00‰.
 */
export function toTotals(records: readonly CollectionRecord[], population: number | null): Totals {
  const sums = sumCollections(records);
  return {
    donors: sums.donors,
    wholeBloodDonors: sums.wholeBloodDonors,
    wholeBloodUnits: sums.wholeBloodUnits,
    plateletDonors: sums.plateletDonors,
    plateletDoses: sums.plateletDoses,
    ratePerThousand: records.length === 0 ? null : ratePerThousand(sums.donors, population),
  };
}

/** Like toTotals, but null when none of the records exist (a comparison period with nothing stored). */
export function toTotalsOrNull(records: readonly CollectionRecord[], population: number | null): Totals | null {
  return records.length === 0 ? null : toTotals(records, population);
}
