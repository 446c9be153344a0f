import type { SourceRef } from '../model.ts';
import type { FigureField } from './column-role.ts';
import type { RowGroup } from './group-rows.ts';
import type { FigureValues } from './read-figures.ts';
import type { ColumnPlan } from './resolve-columns.ts';
import { sourceRef, type SheetOrigin } from './source-ref.ts';
import { sumField } from './sum-field.ts';

/** Each field summed over a group's rows, with the cells summed as that figure's source. */
export interface SummedFields<F extends FigureField> {
  readonly figures: Record<F, number>;
  readonly sources: Record<F, SourceRef>;
}

/** How a field's columns were understood, once per column; a turned table says so. */
function readingOf(plan: ColumnPlan, field: FigureField, origin: SheetOrigin): string | undefined {
  const readings = [...new Set((plan.figures.get(field) ?? []).flatMap((c) => (c.reading ? [c.reading] : [])))];
  if (readings.length === 0) return undefined;
  const turned = origin.origin ? '（表格为指标成行，已按行读取）' : '';
  return `${readings.join('；')}${turned}`;
}

/** Sums the given fields of one group (a county-month or hospital-month), keeping every figure traceable. */
export function summedFields<F extends FigureField>(fields: readonly F[], origin: SheetOrigin, group: RowGroup, plan: ColumnPlan, values: FigureValues): SummedFields<F> {
  const sums = fields.map((field) => [field, sumField(values, group.rows, plan.figures.get(field) ?? [], origin)] as const);
  return {
    figures: Object.fromEntries(sums.map(([field, sum]) => [field, sum.value])) as Record<F, number>,
    sources: Object.fromEntries(sums.map(([field, sum]) => [field, sourceRef(origin, sum.cells, readingOf(plan, field, origin))])) as Record<F, SourceRef>,
  };
}
