/**
 * The one name of each figure, with its unit, wherever it is shown — screens, conflict texts, import
 * messages — as the briefing's wording and domain.md call it: platelet apheresis is 单采血小板 (never
 * 机采血小板 or a bare 血小板, though county forms may say so and the importer reads both). Values only, so the
 * renderer can import it.
 */

/** Collection figures, display order. */
export const COLLECTION_LABELS = {
  wholeBloodDonors: '全血人次',
  wholeBloodUnits: '全血量（U）',
  plateletDonors: '单采血小板人次',
  plateletDoses: '单采血小板治疗量',
} as const;

/** Supply figures, display order. */
export const SUPPLY_LABELS = {
  redCellsU: '红细胞（U）',
  plasmaMl: '血浆（ml）',
  plateletDoses: '单采血小板（治疗量）',
  cryoU: '冷沉淀（U）',
} as const;
