import { badUnit, figure, type ColumnRole, type FigureField } from './column-role.ts';
import type { HeaderLabel } from './header-labels.ts';
import { BAGS, DOSES, MILLILITRES, NOT_A_FIGURE, PERSONS, PLATELET, WHOLE_BLOOD, saysUnitU } from './header-patterns.ts';

/** Bare child labels that mean whole blood when no parent label says otherwise (a one-level "人次 | 单位(U)" header). */
const BARE_WHOLE_BLOOD = /^(人次|人数|单位\(u\)|u|\(u\)|采集量\(u\)|采集量\(ml\)|ml|\(ml\))$/;

/** What a header label means on a collection sheet, or null when it is not a collection figure. */
export function classifyCollectionColumn({ norm, text }: HeaderLabel): ColumnRole | null {
  if (norm === '') return null;
  // 献血总人次 = 全血 + 机采 (domain.md): a stated total is a check on the two, not a third figure.
  if (/^(献血)?(总人次|总人数|人次合计|合计人次)$|^献血总人次/.test(norm)) return figure('collection', 'donorsTotal');
  const volumeClass = volumeClassColumn(norm);
  if (volumeClass !== undefined) return volumeClass;
  const breakdown = breakdownColumn(norm);
  if (breakdown !== null) return breakdown;
  if (NOT_A_FIGURE.test(norm)) return null;
  // 治疗量 and 人份 are platelet-only units, so a bare "治疗量" column is the platelet doses.
  if (PLATELET.test(norm) || /^(治疗量|人份)/.test(norm)) return plateletColumn(norm, text);
  if (WHOLE_BLOOD.test(norm) || BARE_WHOLE_BLOOD.test(norm)) return wholeBloodColumn(norm, text);
  return null;
}

/** "全血200ml", "400毫升人次", "300ml(人次)": donations of one volume class; a share or rate of them is not a figure. */
const VOLUME_CLASS = /(?<![\d.])([234]00)(ml|毫升|cc)/;

function volumeClassColumn(norm: string): ColumnRole | null | undefined {
  const match = VOLUME_CLASS.exec(norm);
  if (!match || PLATELET.test(norm)) return undefined;
  if (/比例|比重|占比|率|%|累计|同期|同比|去年|上年|首次|重复|u\)?$|量/.test(norm)) return null;
  return figure('collection', `wholeBlood${match[1]}` as FigureField);
}

/** "首次献血人次", "其中：再次献血", "A型(人次)", "血型O型": the breakdown columns of issue 11; a share of them is not a figure. */
function breakdownColumn(norm: string): ColumnRole | null {
  if (/比例|比重|占比|率|%|累计|同期|同比|去年|上年|[234]00|ml|血小板|机采|单采/.test(norm)) return null;
  const body = norm.replace(/^其中[:：]?/, '').replace(/(\(人次\)|人次|人数)$/, '');
  if (/^(首次|初次)(献血)?(者)?$/.test(body)) return figure('collection', 'firstTime');
  if (/^(再次|重复|多次)(献血)?(者)?$/.test(body)) return figure('collection', 'repeat');
  const abo = /^(?:(?:abo)?血型)?(ab|a|b|o)型$|^(?:abo)?血型(ab|a|b|o)$/.exec(body);
  if (abo) return figure('collection', `abo${(abo[1] ?? abo[2])!.toUpperCase()}` as FigureField);
  return null;
}

function plateletColumn(label: string, text: string): ColumnRole | null {
  if (PERSONS.test(label)) return figure('collection', 'plateletDonors');
  // 人份 is the everyday name of one therapeutic dose (治疗量) of apheresis platelets.
  if (DOSES.test(label)) return figure('collection', 'plateletDoses');
  if (BAGS.test(label) || MILLILITRES.test(label) || saysUnitU(label)) {
    return badUnit('collection', 'plateletDoses', `机采血小板应按治疗量（人份）填报，无法换算表头“${text}”的单位`);
  }
  return null;
}

function wholeBloodColumn(label: string, text: string): ColumnRole | null {
  if (PERSONS.test(label)) return figure('collection', 'wholeBloodDonors');
  if (BAGS.test(label)) return badUnit('collection', 'wholeBloodUnits', `全血采集量以“袋”计无法换算为U（每袋可能是200ml、300ml或400ml），请按U或ml填报（表头“${text}”）`);
  // domain.md: 200 ml of whole blood = 1 U.
  if (MILLILITRES.test(label)) return figure('collection', 'wholeBloodUnits', 1 / 200);
  if (saysUnitU(label)) return figure('collection', 'wholeBloodUnits');
  if (/量/.test(label)) return badUnit('collection', 'wholeBloodUnits', `表头“${text}”没有注明单位，单元格和“单位：”说明中也没有，无法确定是U还是ml，请在表头中注明，如“采血量(U)”`, { U: 1, ml: 1 / 200 });
  return null;
}
