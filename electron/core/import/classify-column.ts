import type { SheetKind } from '../model.ts';
import { classifyCollectionColumn } from './classify-collection-column.ts';
import { classifyKeyColumn } from './classify-key-column.ts';
import { classifySupplyColumn } from './classify-supply-column.ts';
import type { ColumnRole } from './column-role.ts';
import type { HeaderLabel } from './header-label.ts';

/** What a header label means on a sheet of the given kind: a figure, a bad unit, a key column, or nothing. */
export function classifyColumn(label: HeaderLabel, kind: SheetKind): ColumnRole | null {
  const figure = kind === 'collection' ? classifyCollectionColumn(label) : classifySupplyColumn(label);
  return figure ?? classifyKeyColumn(label, kind);
}
