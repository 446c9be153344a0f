import { COLLECTION_FIELDS, type CollectionRecord, type DonationBreakdown } from '../model.ts';
import type { RowGroup } from './group-rows.ts';
import type { FigureValues } from './read-figures.ts';
import type { ColumnPlan } from './resolve-columns.ts';
import { ABO_FIELDS, FIRST_REPEAT, VOLUME_CLASSES } from './column-role.ts';
import type { SheetOrigin } from './source-ref.ts';
import { summedFields } from './summed-fields.ts';

/** One county-month: the sum of its site rows, each figure with the cells summed, and the volume classes when given. */
export function collectionRecord(origin: SheetOrigin, group: RowGroup, plan: ColumnPlan, values: FigureValues): CollectionRecord {
  const { figures, sources } = summedFields(COLLECTION_FIELDS, origin, group, plan, values);
  const record: CollectionRecord = { county: group.key.entity, month: group.key.month, ...figures, sources };
  const breakdown = breakdownOf(origin, group, plan, values, figures.wholeBloodDonors + figures.plateletDonors);
  const withBreakdown = breakdown ? { ...record, breakdown } : record;
  if (!VOLUME_CLASSES.some(([field]) => plan.figures.has(field))) return withBreakdown;
  const classes = summedFields(VOLUME_CLASSES.map(([field]) => field), origin, group, plan, values).figures;
  return { ...withBreakdown, volumeClasses: { ml200: classes.wholeBlood200, ml300: classes.wholeBlood300, ml400: classes.wholeBlood400 } };
}

/** 首次/再次 (one given: the other is the rest of 献血人次) and the ABO groups, when the sheet has those columns. */
function breakdownOf(origin: SheetOrigin, group: RowGroup, plan: ColumnPlan, values: FigureValues, donations: number): DonationBreakdown | null {
  const given = [...FIRST_REPEAT, ...ABO_FIELDS.map(([f]) => f)].filter((f) => plan.figures.has(f));
  if (given.length === 0) return null;
  const sums = summedFields(given, origin, group, plan, values).figures as Readonly<Record<string, number>>;
  const first = sums.firstTime ?? (sums.repeat !== undefined ? donations - sums.repeat : undefined);
  const repeat = sums.repeat ?? (sums.firstTime !== undefined ? donations - sums.firstTime : undefined);
  return {
    ...(first !== undefined && repeat !== undefined ? { firstTime: first, repeat } : {}),
    ...(sums.aboA !== undefined ? { abo: { A: sums.aboA, B: sums.aboB!, O: sums.aboO!, AB: sums.aboAB! } } : {}),
  };
}
