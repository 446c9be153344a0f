import type { QuarterSummary } from '../model.ts';

/** One hospital's supply converted to U so the components can be stacked. */
export interface HospitalUnits {
  readonly name: string;
  readonly redCells: number;
  readonly plasma: number;
  readonly platelets: number;
  readonly cryo: number;
  readonly total: number;
}

/** 血浆: 100 ml = 1 U (domain reference, 供血量). */
export const PLASMA_ML_PER_U = 100;
/** 单采血小板: 1 治疗量 = 10 U when summed into U (domain reference). */
export const U_PER_PLATELET_DOSE = 10;

/** Each hospital's supply in U (折合), largest total first; ties keep the profile order. */
export function hospitalSupplyUnits(summary: QuarterSummary): HospitalUnits[] {
  return summary.hospitals
    .map((h) => {
      const parts = { redCells: h.redCellsU, plasma: h.plasmaMl / PLASMA_ML_PER_U, platelets: h.plateletDoses * U_PER_PLATELET_DOSE, cryo: h.cryoU };
      return { name: h.name, ...parts, total: parts.redCells + parts.plasma + parts.platelets + parts.cryo };
    })
    .sort((a, b) => b.total - a.total);
}
