import { sumExact } from './decimal.ts';
import type { SupplyFigures } from '../model.ts';

/** Sums supply figures field by field, exactly. */
export function sumSupplies(records: readonly SupplyFigures[]): SupplyFigures {
  return {
    redCellsU: sumExact(records.map((r) => r.redCellsU)),
    plasmaMl: sumExact(records.map((r) => r.plasmaMl)),
    plateletDoses: sumExact(records.map((r) => r.plateletDoses)),
    cryoU: sumExact(records.map((r) => r.cryoU)),
  };
}
