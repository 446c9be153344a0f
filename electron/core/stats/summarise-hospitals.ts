import { change } from './change.ts';
import { divideHalfUp, sumExact } from './decimal.ts';
import type { HospitalSummary, Month, Profile, SupplyRecord, SupplyFigures } from '../model.ts';

/** Profile hospitals in profile order, then any other hospital with records, in code-point order (deterministic). */
export function hospitalOrder(profile: Profile, records: readonly SupplyRecord[]): string[] {
  const known = profile.hospitals.map((h) => h.name);
  const others = [...new Set(records.map((r) => r.hospital))].filter((h) => !known.includes(h)).sort();
  return [...known, ...others];
}

/**
 * Per hospital: the quarter's red cells U, plasma ml, platelet doses and cryo U, with the same quarter last year
 * (null when that hospital has no record then). A profile hospital with no record this quarter shows zeros: the
 * supply department's sheet lists every hospital that was issued blood.
 */
export function summariseHospitals(profile: Profile, supplies: readonly SupplyRecord[], months: readonly Month[], lastYear: readonly Month[]): HospitalSummary[] {
  const current = supplies.filter((r) => months.includes(r.month));
  const previous = supplies.filter((r) => lastYear.includes(r.month));
  const totalRed = sumSupplies(current).redCellsU;
  return hospitalOrder(profile, current).map((name) => {
    const before = previous.filter((r) => r.hospital === name);
    const figures = sumSupplies(current.filter((r) => r.hospital === name));
    const lastYearFigures = before.length ? sumSupplies(before) : null;
    return {
      name, ...figures, sameQuarterLastYear: lastYearFigures,
      redCellsChange: lastYearFigures ? change(figures.redCellsU, lastYearFigures.redCellsU) : null,
      redCellsShare: totalRed > 0 ? divideHalfUp(figures.redCellsU * 100, totalRed, 1) : null,
    };
  });
}

/** Sums supply figures field by field, exactly. */
export function sumSupplies(records: readonly SupplyFigures[]): SupplyFigures {
  return {
    redCellsU: sumExact(records.map((r) => r.redCellsU)),
    plasmaMl: sumExact(records.map((r) => r.plasmaMl)),
    plateletDoses: sumExact(records.map((r) => r.plateletDoses)),
    cryoU: sumExact(records.map((r) => r.cryoU)),
  };
}
