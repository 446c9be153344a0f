import { COLLECTION_FIELDS, type CollectionRecord } from '../model.ts';
import type { RowGroup } from './group-rows.ts';
import type { FigureValues } from './read-figures.ts';
import type { ColumnPlan } from './resolve-columns.ts';
import { VOLUME_CLASSES } from './column-role.ts';
import type { SheetOrigin } from './source-ref.ts';
import { summedFields } from './summed-fields.ts';

/** One county-month: the sum of its site rows, each figure with the cells summed, and the volume classes when given. */
export function collectionRecord(origin: SheetOrigin, group: RowGroup, plan: ColumnPlan, values: FigureValues): CollectionRecord {
  const { figures, sources } = summedFields(COLLECTION_FIELDS, origin, group, plan, values);
  const record = { county: group.key.entity, month: group.key.month, ...figures, sources };
  if (!VOLUME_CLASSES.some(([field]) => plan.figures.has(field))) return record;
  const classes = summedFields(VOLUME_CLASSES.map(([field]) => field), origin, group, plan, values).figures;
  return { ...record, volumeClasses: { ml200: classes.wholeBlood200, ml300: classes.wholeBlood300, ml400: classes.wholeBlood400 } };
}
