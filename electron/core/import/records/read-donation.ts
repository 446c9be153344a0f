import type { County, Month } from '../../model.ts';
import { cellAddress } from '../../util/a1-address.ts';
import { exactNamed, findNamed } from '../find-named.ts';
import type { SheetProblem } from '../sheet-problem.ts';
import type { RecordColumns, RecordRole } from './record-columns.ts';
import { readDonationDate } from './read-donation-date.ts';
import { scannedText, type ScannedCell, type ScannedRow } from './scanned-row.ts';

/** One donation as the export states it. */
export interface Donation {
  readonly county: string;
  readonly month: Month;
  readonly component: 'whole' | 'platelet';
  /** Whole blood: 200, 300 or 400 ml. */
  readonly ml: 200 | 300 | 400 | null;
  /** Apheresis platelets: therapeutic doses (1 or 2 per donation, domain.md). */
  readonly doses: number;
  readonly donor: string | null;
  readonly firstTime: boolean | null;
  readonly abo: 'A' | 'B' | 'O' | 'AB' | null;
  readonly rhdNegative: boolean | null;
  readonly group: boolean | null;
}

/** What a row is read against: the header's columns, the profile's counties, the file's county and months. */
export interface DonationContext {
  readonly columns: RecordColumns;
  readonly counties: readonly County[];
  /** The county the file or sheet name gives, for an export without a 区县 or 采血点 column. */
  readonly fileCounty: string | null;
  /** The months the file name states (its quarter or month); null when it states none. */
  readonly months: ReadonlySet<Month> | null;
}

type Read<T> = { readonly value: T } | { readonly problem: SheetProblem };

/** Reads one body row into a donation, or the first thing wrong with it, naming the row and the cell. */
export function readDonation(row: ScannedRow, context: DonationContext): Read<Donation> {
  const at = (role: RecordRole) => cellOf(row, context.columns[role]);
  const fail = (role: RecordRole, message: string): Read<never> => {
    const col = context.columns[role];
    const cell = col === undefined ? undefined : cellAddress(row.index, col);
    return { problem: { ...(cell ? { cell } : {}), message: `第${row.index + 1}行${cell ? `（${cell}）` : ''}：${message}` } };
  };
  const date = readDonationDate(at('date'));
  if (date === null) return fail('date', `献血日期“${scannedText(at('date'))}”无法识别，应为如“2025-01-05”的日期`);
  if (context.months && !context.months.has(date)) return fail('date', `献血日期${date}不在文件名所示的期间（${[...context.months].join('、')}）内`);
  const county = countyOf(row, context);
  if ('problem' in county) return fail(context.columns.county !== undefined ? 'county' : 'site', county.problem.message);
  const component = componentOf(at('type'), at('volume'), at('doses'), context.columns);
  if (component === null) return fail('type', `献血类型“${scannedText(at('type'))}”无法识别，应为“全血”或“机采血小板”`);
  const amount = component === 'whole' ? wholeBloodMl(at('volume')) : plateletDoses(context.columns.doses !== undefined ? at('doses') : at('volume'));
  if (amount === null) {
    return component === 'whole'
      ? fail('volume', `全血献血量“${scannedText(at('volume'))}”无法识别，应为200、300或400（ml）`)
      : fail(context.columns.doses !== undefined ? 'doses' : 'volume', `机采血小板“${scannedText(context.columns.doses !== undefined ? at('doses') : at('volume'))}”无法识别，应为治疗量1或2`);
  }
  const optional = optionalParts(row, context.columns);
  if ('problem' in optional) return fail(optional.role, optional.problem);
  return { value: {
    county: county.value, month: date, component,
    ml: component === 'whole' ? (amount as 200 | 300 | 400) : null, doses: component === 'platelet' ? amount : 0,
    ...optional.value,
  } };
}

function cellOf(row: ScannedRow, col: number | undefined): ScannedCell {
  return col === undefined ? null : row.cells[col] ?? null;
}

function countyOf(row: ScannedRow, context: DonationContext): Read<string> {
  const { county, site } = context.columns;
  const text = scannedText(cellOf(row, county ?? site));
  if (county === undefined && site === undefined) return context.fileCounty ? { value: context.fileCounty } : { problem: { message: '无法确定区县：表中没有“区县”或“采血点”列，文件名中也没有区县名称' } };
  const exact = exactNamed(text, context.counties);
  if (exact) return { value: exact };
  const named = findNamed(text, context.counties);
  if (named.length === 1) return { value: named[0]! };
  if (text === '' && context.fileCounty) return { value: context.fileCounty };
  return { problem: { message: text === '' ? '未填写区县' : `“${text}”不是基础信息中的区县（或其别名），无法确定归属区县：请在基础信息中添加别名` } };
}

function componentOf(type: ScannedCell, volume: ScannedCell, doses: ScannedCell, columns: RecordColumns): 'whole' | 'platelet' | null {
  const text = scannedText(type);
  if (columns.type !== undefined) {
    if (/全血/.test(text)) return 'whole';
    if (/血小板|机采|单采/.test(text)) return 'platelet';
    return null;
  }
  // Without a type column, the amount tells: 200/300/400 ml is whole blood, a 治疗量 is apheresis platelets.
  if (scannedText(doses) !== '' || /治疗量|人份/.test(scannedText(volume))) return 'platelet';
  return 'whole';
}

/** 200, 300 or 400 ml (domain.md: 1, 1.5 or 2 U); "400ml", "400毫升" and "400.0" are read too. */
function wholeBloodMl(cell: ScannedCell): number | null {
  const match = /^(\d+(?:\.0+)?)\s*(ml|毫升|cc)?$/i.exec(scannedText(cell));
  const ml = match ? Number(match[1]) : NaN;
  return ml === 200 || ml === 300 || ml === 400 ? ml : null;
}

/** 1 or 2 therapeutic doses ("1", "2", "2个治疗量", "1人份"). */
function plateletDoses(cell: ScannedCell): number | null {
  const match = /^(\d+(?:\.0+)?)\s*个?(治疗量|人份|份)?$/.exec(scannedText(cell));
  const doses = match ? Number(match[1]) : NaN;
  return doses === 1 || doses === 2 ? doses : null;
}

type Optional = Pick<Donation, 'donor' | 'firstTime' | 'abo' | 'rhdNegative' | 'group'>;

function optionalParts(row: ScannedRow, columns: RecordColumns): { value: Optional } | { role: RecordRole; problem: string } {
  const text = (role: RecordRole) => scannedText(cellOf(row, columns[role]));
  const donor = text('donor');
  if (donor === '') return { role: 'donor', problem: '献血者编号为空' };
  const firstTime = columns.firstTime === undefined ? null : firstTimeOf(text('firstTime'));
  if (firstTime === undefined) return { role: 'firstTime', problem: `“${text('firstTime')}”无法识别为首次或再次献血` };
  const abo = columns.abo === undefined ? null : aboOf(text('abo'));
  if (abo === undefined) return { role: 'abo', problem: `血型“${text('abo')}”无法识别，应为A、B、O或AB` };
  const rhdText = columns.rhd !== undefined ? text('rhd') : columns.abo !== undefined && /阴|阳|[+-]|rh/i.test(text('abo')) ? text('abo').replace(/^(ab|a|b|o)型?/i, '') : null;
  const rhdNegative = rhdText === null ? null : rhdOf(rhdText);
  if (rhdNegative === undefined) return { role: columns.rhd !== undefined ? 'rhd' : 'abo', problem: `RhD血型“${rhdText}”无法识别，应为阳性或阴性` };
  const group = columns.mode === undefined ? null : modeOf(text('mode'));
  if (group === undefined) return { role: 'mode', problem: `献血方式“${text('mode')}”无法识别，应为团体或个人` };
  return { value: { donor, firstTime, abo, rhdNegative, group } };
}

function firstTimeOf(text: string): boolean | undefined {
  if (/^(首次|初次|首献|是|新献血者|新)/.test(text) || text === '1') return true;
  if (/^(再次|重复|多次|再献|否|固定|老献血者)/.test(text) || /^\d+$/.test(text) && (Number(text) === 0 || Number(text) >= 2)) return false;
  return undefined;
}

function aboOf(text: string): Donation['abo'] | undefined {
  const match = /^(AB|A|B|O)(?![A-Z])/i.exec(text.normalize('NFKC').replace(/\s+/g, ''));
  return match ? (match[1]!.toUpperCase() as Donation['abo']) : undefined;
}

function rhdOf(text: string): boolean | undefined {
  const norm = text.normalize('NFKC').replace(/\s+|rh|\(d\)|d/gi, '');
  if (/^(阴性?|-|neg)$/i.test(norm)) return true;
  if (/^(阳性?|\+|pos)$/i.test(norm)) return false;
  return undefined;
}

function modeOf(text: string): boolean | undefined {
  if (/团体|单位|团队|集体|机关|学校|部队|企业/.test(text)) return true;
  if (/个人|街头|散客|个体|自愿/.test(text)) return false;
  return undefined;
}
