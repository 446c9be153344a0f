import type { CollectionFigures, CollectionRecord, SupplyFigures, SupplyRecord } from '../model.ts';
import { formatMonth } from '../format/format-dates.ts';
import { COLLECTION_LABELS, SUPPLY_LABELS } from '../figure-labels.ts';

/** error: the file is refused; warning: the file imports and the warning is stored and shown with it. */
export type Severity = 'error' | 'warning';

/** A rule's finding on one record: the figure it is about (for its cells) and what is wrong. */
export interface RuleFinding {
  readonly field: string;
  readonly message: string;
}

/** A named validation rule over one county-month or hospital-month (DHIS2: left side, operator, right side, severity). */
export interface ValidationRule<R> {
  readonly id: string;
  readonly name: string;
  readonly severity: Severity;
  check(record: R): readonly RuleFinding[];
}

/**
 * Hard ceilings per county-month: several times the largest county figure a station sees (a city district
 * of a million people collects ~2 000 whole-blood donations a month). Past them the figure is a typing slip
 * (extra digits, a cumulative or money column), never a real month: a platelet-donor cell of 1e14 is refused.
 */
export const COLLECTION_LIMITS: Readonly<Record<keyof CollectionFigures, number>> = { wholeBloodDonors: 50_000, wholeBloodUnits: 100_000, plateletDonors: 10_000, plateletDoses: 30_000 };

/** Hard ceilings per hospital-month, several times what the largest hospital of a city uses. */
export const SUPPLY_LIMITS: Readonly<Record<keyof SupplyFigures, number>> = { redCellsU: 100_000, plasmaMl: 10_000_000, plateletDoses: 20_000, cryoU: 50_000 };

// Figures are named as the tables and screens name them (figure-labels.ts), so a message and the table agree.
const C = COLLECTION_LABELS;

const who = (r: CollectionRecord) => `${r.county}${formatMonth(r.month, true)}`;

/** The breakdown rules (issue 11): each breakdown of all donations adds up to 献血人次 = 全血 + 单采血小板. */
const BREAKDOWN_RULES: readonly ValidationRule<CollectionRecord>[] = [
  {
    id: 'first-time-repeat-total', name: '首次与再次献血人次', severity: 'error',
    check: (r) => {
      const b = r.breakdown;
      if (b?.firstTime === undefined || b.repeat === undefined) return [];
      const donations = r.wholeBloodDonors + r.plateletDonors;
      if (b.firstTime >= 0 && b.repeat >= 0 && b.firstTime + b.repeat === donations) return [];
      return [{ field: 'wholeBloodDonors', message: `${who(r)}首次献血${b.firstTime}人次、再次献血${b.repeat}人次，与献血人次${donations}（全血${r.wholeBloodDonors}＋单采血小板${r.plateletDonors}）不符：请核对` }];
    },
  },
  {
    id: 'abo-total', name: '血型分布与献血人次', severity: 'error',
    check: (r) => {
      const abo = r.breakdown?.abo;
      if (!abo) return [];
      const donations = r.wholeBloodDonors + r.plateletDonors;
      const sum = abo.A + abo.B + abo.O + abo.AB;
      return sum === donations ? [] : [{ field: 'wholeBloodDonors', message: `${who(r)}A、B、O、AB各型人次之和为${sum}，而献血人次为${donations}（全血${r.wholeBloodDonors}＋单采血小板${r.plateletDonors}），两者不符：请核对` }];
    },
  },
];

/** The rules every collection record is held to. */
export const COLLECTION_RULES: readonly ValidationRule<CollectionRecord>[] = [
  {
    id: 'collection-limit', name: '数值上限', severity: 'error',
    check: (r) => (Object.keys(COLLECTION_LIMITS) as (keyof CollectionFigures)[]).filter((f) => r[f] > COLLECTION_LIMITS[f]).map((f) => ({
      field: f, message: `${who(r)}的${COLLECTION_LABELS[f]}为${r[f]}，超过一个区县一个月的上限${COLLECTION_LIMITS[f]}：请核对是否多输了数字，或填成了累计数`,
    })),
  },
  {
    id: 'platelet-doses-at-least-donors', name: '治疗量不少于单采血小板人次', severity: 'error',
    // domain.md: one apheresis donation gives 1 or 2 therapeutic doses, never none.
    check: (r) => (r.plateletDoses < r.plateletDonors ? [{ field: 'plateletDoses', message: `${who(r)}的${C.plateletDoses}${r.plateletDoses}少于${C.plateletDonors}${r.plateletDonors}（每人次至少1个治疗量）：请核对两列是否填反` }] : []),
  },
  {
    id: 'platelet-doses-per-donor', name: '每人次治疗量', severity: 'warning',
    check: (r) => (r.plateletDoses > 3 * r.plateletDonors && r.plateletDonors + r.plateletDoses > 0 ? [{ field: 'plateletDoses', message: `${who(r)}的${C.plateletDoses}${r.plateletDoses}超过${C.plateletDonors}${r.plateletDonors}的3倍（每人次通常1—2个治疗量），请核对` }] : []),
  },
  {
    id: 'whole-blood-units-per-donor', name: '全血每人次单位数', severity: 'error',
    // domain.md: 200 ml = 1 U, 400 ml = 2 U; every donation lies between, so the month's average does too.
    check: (r) => {
      if (r.wholeBloodDonors === 0 && r.wholeBloodUnits === 0) return [];
      const perDonor = r.wholeBloodDonors === 0 ? Infinity : r.wholeBloodUnits / r.wholeBloodDonors;
      if (perDonor >= 1 && perDonor <= 2) return [];
      const shown = Number.isFinite(perDonor) ? `平均每人次${perDonor.toFixed(2)}U` : '有采集量却没有人次';
      return [{ field: 'wholeBloodUnits', message: `${who(r)}${C.wholeBloodDonors}${r.wholeBloodDonors}、${C.wholeBloodUnits}${r.wholeBloodUnits}，${shown}，不在1—2U（200—400ml）之间：请核对人次、采集量及其单位（U或ml）` }];
    },
  },
  {
    id: 'volume-classes-units', name: '分档人次与采集量', severity: 'warning',
    check: (r) => {
      if (!r.volumeClasses) return [];
      const expected = r.volumeClasses.ml200 + 1.5 * r.volumeClasses.ml300 + 2 * r.volumeClasses.ml400;
      return Math.abs(expected - r.wholeBloodUnits) > 0.5 ? [{ field: 'wholeBloodUnits', message: `${who(r)}按200ml、300ml、400ml各档人次折算为${expected}U，而${C.wholeBloodUnits}为${r.wholeBloodUnits}，两者不符，请核对` }] : [];
    },
  },
  ...BREAKDOWN_RULES,
];

/** The rules every supply record is held to. */
export const SUPPLY_RULES: readonly ValidationRule<SupplyRecord>[] = [
  {
    id: 'supply-limit', name: '数值上限', severity: 'error',
    check: (r) => (Object.keys(SUPPLY_LIMITS) as (keyof SupplyFigures)[]).filter((f) => r[f] > SUPPLY_LIMITS[f]).map((f) => ({
      field: f, message: `${r.hospital}${formatMonth(r.month, true)}的${SUPPLY_LABELS[f]}为${r[f]}，超过一家医院一个月的上限${SUPPLY_LIMITS[f]}：请核对是否多输了数字，或填成了累计数`,
    })),
  },
];
