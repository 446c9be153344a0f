import { SUPPLY_FIELDS, type SupplyRecord } from '../model.ts';
import type { RowGroup } from './group-rows.ts';
import type { FigureValues } from './read-figures.ts';
import type { ColumnPlan } from './resolve-columns.ts';
import type { SheetOrigin } from './source-ref.ts';
import { summedFields } from './summed-fields.ts';

/** One hospital-month: the sum of its rows (a hospital may appear under its name and an alias). */
export function supplyRecord(origin: SheetOrigin, group: RowGroup, plan: ColumnPlan, values: FigureValues): SupplyRecord {
  const { figures, sources } = summedFields(SUPPLY_FIELDS, origin, group, plan, values);
  return { hospital: group.key.entity, month: group.key.month, ...figures, sources };
}
