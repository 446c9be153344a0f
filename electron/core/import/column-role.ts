import type { SheetKind } from '../model.ts';

/** A figure a column can hold: the collection fields and the supply fields of model.ts. */
export type FigureField =
  | 'wholeBloodDonors' | 'wholeBloodUnits' | 'plateletDonors' | 'plateletDoses'
  | 'redCellsU' | 'plasmaMl' | 'cryoU';

/** What a header says a column holds. */
export type ColumnRole =
  /** A figure; the column's sum times `factor` gives the figure in the stored unit (e.g. ml × 1/200 = U). */
  | { readonly role: 'figure'; readonly kind: SheetKind; readonly field: FigureField; readonly factor: number; readonly generic: boolean }
  /** A figure in a unit that cannot be converted (袋, or none stated where it matters). */
  | { readonly role: 'bad-unit'; readonly kind: SheetKind; readonly field: FigureField; readonly message: string }
  | { readonly role: 'county' }
  | { readonly role: 'month' }
  | { readonly role: 'hospital' };

/** A figure column with its unit conversion. */
export function figure(kind: SheetKind, field: FigureField, factor = 1, generic = true): ColumnRole {
  return { role: 'figure', kind, field, factor, generic };
}

/** A column whose unit cannot be used, with the reason. */
export function badUnit(kind: SheetKind, field: FigureField, message: string): ColumnRole {
  return { role: 'bad-unit', kind, field, message };
}
