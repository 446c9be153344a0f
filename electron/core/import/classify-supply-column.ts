import { badUnit, figure, type ColumnRole, type FigureField } from './column-role.ts';
import type { HeaderLabel } from './header-labels.ts';
import { BAGS, CRYO, DOSES, MILLILITRES, NOT_A_FIGURE, PLASMA, PLATELET, RED_CELLS, saysUnitU } from './header-patterns.ts';

/** Labels that name a whole category (not one product of it), e.g. "红细胞类(U)". */
const GENERIC = /^(红细胞类?|血浆类?|血小板类?|冷沉淀类?|单采血小板|机采血小板)(\(.*\))?$/;

/** What a header label means on a hospital supply sheet, or null when it is not a supply figure. */
export function classifySupplyColumn(label: HeaderLabel): ColumnRole | null {
  const { norm } = label;
  if (norm === '' || NOT_A_FIGURE.test(norm)) return null;
  if (RED_CELLS.test(norm)) return countedInUnits(label, 'redCellsU', '红细胞类');
  if (PLASMA.test(norm)) return plasmaColumn(label);
  if (CRYO.test(norm)) return countedInUnits(label, 'cryoU', '冷沉淀');
  if (PLATELET.test(norm)) return plateletColumn(label);
  return null;
}

/** Red cells and cryo are only ever counted in U, so a missing unit means U; ml or 袋 cannot be converted. */
function countedInUnits({ norm: label, text }: HeaderLabel, field: FigureField, name: string): ColumnRole {
  if (MILLILITRES.test(label) || BAGS.test(label)) return badUnit('supply', field, `${name}应按U填报，无法换算表头“${text}”的单位`);
  return figure('supply', field, 1, GENERIC.test(label));
}

/** domain.md: plasma is reported in ml; 100 ml = 1 U. Without a unit the two differ a hundredfold, so it is an error. */
function plasmaColumn({ norm: label, text }: HeaderLabel): ColumnRole {
  if (MILLILITRES.test(label)) return figure('supply', 'plasmaMl', 1, GENERIC.test(label));
  if (saysUnitU(label)) return figure('supply', 'plasmaMl', 100, GENERIC.test(label));
  if (BAGS.test(label)) return badUnit('supply', 'plasmaMl', `血浆以“袋”计无法换算，请按ml或U填报（表头“${text}”）`);
  return badUnit('supply', 'plasmaMl', `表头“${text}”没有注明单位，单元格和“单位：”说明中也没有，无法确定血浆是ml还是U，请在表头中注明，如“血浆(ml)”`, { ml: 1, U: 100 });
}

function plateletColumn({ norm: label, text }: HeaderLabel): ColumnRole {
  if (DOSES.test(label) || !(MILLILITRES.test(label) || BAGS.test(label) || saysUnitU(label))) {
    return figure('supply', 'plateletDoses', 1, GENERIC.test(label));
  }
  return badUnit('supply', 'plateletDoses', `血小板应按治疗量填报，无法换算表头“${text}”的单位`);
}
