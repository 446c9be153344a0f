import { COLLECTION_FIELDS, type CollectionRecord } from '../model.ts';
import type { RowGroup } from './group-rows.ts';
import type { FigureValues } from './read-figures.ts';
import type { ColumnPlan } from './resolve-columns.ts';
import type { SheetOrigin } from './source-ref.ts';
import { summedFields } from './summed-fields.ts';

/** One county-month: the sum of its site rows, each figure with the cells summed. */
export function collectionRecord(origin: SheetOrigin, group: RowGroup, plan: ColumnPlan, values: FigureValues): CollectionRecord {
  const { figures, sources } = summedFields(COLLECTION_FIELDS, origin, group, plan, values);
  return { county: group.key.entity, month: group.key.month, ...figures, sources };
}
