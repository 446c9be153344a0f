import type { SheetKind } from '../model.ts';

/** A figure a column can hold: the collection fields and the supply fields of model.ts. */
export type FigureField =
  | 'wholeBloodDonors' | 'wholeBloodUnits' | 'plateletDonors' | 'plateletDoses'
  | 'redCellsU' | 'plasmaMl' | 'cryoU'
  /** Whole-blood donations by volume class (人次 of 200, 300 and 400 ml). */
  | 'wholeBlood200' | 'wholeBlood300' | 'wholeBlood400'
  /** 献血总人次 as the sheet states it: never stored, only checked against whole blood + platelets. */
  | 'donorsTotal'
  /** Breakdown columns (issue 11): 首次 and 再次（重复）献血人次, donations by ABO group; each sums to 献血人次. */
  | 'firstTime' | 'repeat' | 'aboA' | 'aboB' | 'aboO' | 'aboAB';

/** The volume classes and what one donation of each gives in U (domain.md: 200 ml = 1 U, 300 ml = 1.5 U, 400 ml = 2 U). */
export const VOLUME_CLASSES = [['wholeBlood200', 1], ['wholeBlood300', 1.5], ['wholeBlood400', 2]] as const;

/** The first-time/repeat breakdown fields. */
export const FIRST_REPEAT = ['firstTime', 'repeat'] as const;

/** The ABO fields and their groups. */
export const ABO_FIELDS = [['aboA', 'A'], ['aboB', 'B'], ['aboO', 'O'], ['aboAB', 'AB']] as const;

/** What a header says a column holds. */
export type ColumnRole =
  /** A figure; the column's sum times `factor` gives the figure in the stored unit (e.g. ml × 1/200 = U). */
  | { readonly role: 'figure'; readonly kind: SheetKind; readonly field: FigureField; readonly factor: number; readonly generic: boolean; readonly current?: boolean }
  /** A figure in a unit that cannot be converted (袋, or none stated where it matters). */
  | { readonly role: 'bad-unit'; readonly kind: SheetKind; readonly field: FigureField; readonly message: string; readonly inferable?: InferableUnits }
  | { readonly role: 'county' }
  | { readonly role: 'month' }
  | { readonly role: 'hospital' };

/** A figure column with its unit conversion. */
export function figure(kind: SheetKind, field: FigureField, factor = 1, generic = true): ColumnRole {
  return { role: 'figure', kind, field, factor, generic };
}

/** The factors a column without a stated unit would have if its cells or a caption said U or ml. */
export interface InferableUnits {
  readonly U: number;
  readonly ml: number;
}

/** A column whose unit cannot be used, with the reason; `inferable` when the sheet may state it elsewhere. */
export function badUnit(kind: SheetKind, field: FigureField, message: string, inferable?: InferableUnits): ColumnRole {
  return { role: 'bad-unit', kind, field, message, ...(inferable ? { inferable } : {}) };
}
