import type { CollectionRecord } from '../model.ts';
import type { FigureField } from './column-role.ts';
import type { RowGroup } from './group-rows.ts';
import type { FigureValues } from './read-figures.ts';
import type { ColumnPlan } from './resolve-columns.ts';
import { sourceRef, type SheetOrigin } from './source-ref.ts';
import { sumField } from './sum-field.ts';

/** One county-month: the sum of its site rows, each figure with the cells summed. */
export function collectionRecord(origin: SheetOrigin, group: RowGroup, plan: ColumnPlan, values: FigureValues): CollectionRecord {
  const sum = (field: FigureField) => sumField(values, group.rows, plan.figures.get(field) ?? []);
  const [donors, units, platelets, doses] = [sum('wholeBloodDonors'), sum('wholeBloodUnits'), sum('plateletDonors'), sum('plateletDoses')];
  return {
    county: group.key.entity, month: group.key.month,
    wholeBloodDonors: donors.value, wholeBloodUnits: units.value, plateletDonors: platelets.value, plateletDoses: doses.value,
    sources: {
      wholeBloodDonors: sourceRef(origin, donors.cells), wholeBloodUnits: sourceRef(origin, units.cells),
      plateletDonors: sourceRef(origin, platelets.cells), plateletDoses: sourceRef(origin, doses.cells),
    },
  };
}
