import type { SheetKind } from '../model.ts';
import type { ColumnRole } from './column-role.ts';
import type { HeaderLabel } from './header-labels.ts';
import { COUNTY_COLUMN, HOSPITAL_COLUMN, MONTH_COLUMN } from './header-patterns.ts';

/** Whether a header label names a key column (county, month or hospital) on a sheet of this kind. */
export function classifyKeyColumn({ norm: label }: HeaderLabel, kind: SheetKind): ColumnRole | null {
  if (label === '') return null;
  if (MONTH_COLUMN.test(label)) return { role: 'month' };
  if (kind === 'supply' && HOSPITAL_COLUMN.test(label)) return { role: 'hospital' };
  if (kind === 'collection' && COUNTY_COLUMN.test(label)) return { role: 'county' };
  return null;
}
