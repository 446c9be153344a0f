import type { SheetKind } from '../model.ts';
import { classifyCollectionColumn } from './classify-collection-column.ts';
import { classifyKeyColumn } from './classify-key-column.ts';
import { classifySupplyColumn } from './classify-supply-column.ts';
import type { ColumnRole } from './column-role.ts';
import type { HeaderLabel } from './header-labels.ts';

/**
 * The period qualifier of a column that stands beside cumulative and last-year columns (本月 | 本年累计 |
 * 去年同期 | 同比): the cumulative and comparison columns are never figures (header-patterns.ts), and a
 * column marked as the current period must be filled in.
 */
const CURRENT = /本月|本期|当月|本季/;

/** What a header label means on a sheet of the given kind: a figure, a bad unit, a key column, or nothing. */
export function classifyColumn(label: HeaderLabel, kind: SheetKind): ColumnRole | null {
  const figure = kind === 'collection' ? classifyCollectionColumn(label) : classifySupplyColumn(label);
  if (figure?.role === 'figure' && CURRENT.test(label.norm)) return { ...figure, current: true };
  return figure ?? classifyKeyColumn(label, kind);
}
