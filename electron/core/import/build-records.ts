import type { CollectionRecord, SourceRef, SupplyRecord } from '../model.ts';
import type { FigureField } from './column-role.ts';
import type { FigureValues } from './read-figures.ts';
import type { ColumnPlan } from './resolve-columns.ts';
import type { RowKey } from './row-keys.ts';
import { sumField } from './sum-field.ts';

/** Where records come from: the file as the user named it and the sheet. */
export interface SheetOrigin {
  readonly file: string;
  readonly sheet: string;
}

/** Data rows grouped by (county or hospital, month), in order of first appearance. */
export function groupRows(rows: readonly number[], keys: ReadonlyMap<number, RowKey>): { key: RowKey; rows: number[] }[] {
  const groups = new Map<string, { key: RowKey; rows: number[] }>();
  for (const row of rows) {
    const key = keys.get(row);
    if (!key) continue;
    const id = `${key.entity}|${key.month}`;
    const group = groups.get(id) ?? { key, rows: [] };
    group.rows.push(row);
    groups.set(id, group);
  }
  return [...groups.values()];
}

/** One county-month: the sum of its site rows, each figure with the cells summed. */
export function collectionRecord(origin: SheetOrigin, key: RowKey, rows: readonly number[], plan: ColumnPlan, values: FigureValues): CollectionRecord {
  const sum = (field: FigureField) => sumField(values, rows, plan.figures.get(field) ?? []);
  const [wb, wbu, pd, pdo] = [sum('wholeBloodDonors'), sum('wholeBloodUnits'), sum('plateletDonors'), sum('plateletDoses')];
  return {
    county: key.entity, month: key.month,
    wholeBloodDonors: wb.value, wholeBloodUnits: wbu.value, plateletDonors: pd.value, plateletDoses: pdo.value,
    sources: { wholeBloodDonors: ref(origin, wb.cells), wholeBloodUnits: ref(origin, wbu.cells), plateletDonors: ref(origin, pd.cells), plateletDoses: ref(origin, pdo.cells) },
  };
}

/** One hospital-month: the sum of its rows (a hospital may appear under several names that are aliases). */
export function supplyRecord(origin: SheetOrigin, key: RowKey, rows: readonly number[], plan: ColumnPlan, values: FigureValues): SupplyRecord {
  const sum = (field: FigureField) => sumField(values, rows, plan.figures.get(field) ?? []);
  const [red, plasma, platelets, cryo] = [sum('redCellsU'), sum('plasmaMl'), sum('plateletDoses'), sum('cryoU')];
  return {
    hospital: key.entity, month: key.month,
    redCellsU: red.value, plasmaMl: plasma.value, plateletDoses: platelets.value, cryoU: cryo.value,
    sources: { redCellsU: ref(origin, red.cells), plasmaMl: ref(origin, plasma.cells), plateletDoses: ref(origin, platelets.cells), cryoU: ref(origin, cryo.cells) },
  };
}

function ref(origin: SheetOrigin, cells: readonly string[]): SourceRef {
  return { file: origin.file, sheet: origin.sheet, cells };
}
