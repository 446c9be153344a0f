import type { SheetKind } from '../model.ts';
import type { FigureField } from './column-role.ts';

/** The fields a sheet of each kind must provide, in display order. */
export const REQUIRED_FIELDS: Readonly<Record<SheetKind, readonly FigureField[]>> = {
  collection: ['wholeBloodDonors', 'wholeBloodUnits', 'plateletDonors', 'plateletDoses'],
  supply: ['redCellsU', 'plasmaMl', 'plateletDoses', 'cryoU'],
};

/** How a field's column is called in messages (the form's usual header). */
export function fieldName(kind: SheetKind, field: FigureField): string {
  if (kind === 'supply') return SUPPLY_NAMES[field] ?? field;
  return COLLECTION_NAMES[field] ?? field;
}

const COLLECTION_NAMES: Partial<Record<FigureField, string>> = {
  wholeBloodDonors: '全血人次',
  wholeBloodUnits: '全血采集量(U或ml)',
  plateletDonors: '单采血小板人次',
  plateletDoses: '单采血小板治疗量',
  firstTime: '首次献血人次',
  repeat: '再次献血人次',
  aboA: 'A型人次',
  aboB: 'B型人次',
  aboO: 'O型人次',
  aboAB: 'AB型人次',
};

const SUPPLY_NAMES: Partial<Record<FigureField, string>> = {
  redCellsU: '红细胞类(U)',
  plasmaMl: '血浆(ml或U)',
  plateletDoses: '血小板(治疗量)',
  cryoU: '冷沉淀(U)',
};

/** What headers a recognisable sheet needs, for the message when none is found. */
export const EXPECTED_HEADERS =
  '采血表需要“全血人次”“全血采集量(U或ml)”“单采血小板人次”“单采血小板治疗量”等列（“单采”也可写作“机采”；可用两级表头：全血 下分 人次/单位(U)）；' +
  '供血表需要“医院”“红细胞类(U)”“血浆(ml)”“血小板(治疗量)”“冷沉淀(U)”等列';
