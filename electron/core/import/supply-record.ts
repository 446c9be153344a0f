import type { SupplyRecord } from '../model.ts';
import type { FigureField } from './column-role.ts';
import type { RowGroup } from './group-rows.ts';
import type { FigureValues } from './read-figures.ts';
import type { ColumnPlan } from './resolve-columns.ts';
import { sourceRef, type SheetOrigin } from './source-ref.ts';
import { sumField } from './sum-field.ts';

/** One hospital-month: the sum of its rows (a hospital may appear under its name and an alias). */
export function supplyRecord(origin: SheetOrigin, group: RowGroup, plan: ColumnPlan, values: FigureValues): SupplyRecord {
  const sum = (field: FigureField) => sumField(values, group.rows, plan.figures.get(field) ?? []);
  const [red, plasma, platelets, cryo] = [sum('redCellsU'), sum('plasmaMl'), sum('plateletDoses'), sum('cryoU')];
  return {
    hospital: group.key.entity, month: group.key.month,
    redCellsU: red.value, plasmaMl: plasma.value, plateletDoses: platelets.value, cryoU: cryo.value,
    sources: {
      redCellsU: sourceRef(origin, red.cells), plasmaMl: sourceRef(origin, plasma.cells),
      plateletDoses: sourceRef(origin, platelets.cells), cryoU: sourceRef(origin, cryo.cells),
    },
  };
}
