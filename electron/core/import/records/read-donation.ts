import type { County, Month } from '../../model.ts';
import { cellAddress } from '../../util/a1-address.ts';
import { exactNamed, findNamed } from '../find-named.ts';
import type { SheetProblem } from '../../model.ts';
import type { RecordColumns } from './record-columns.ts';
import { readDonationDate } from './read-donation-date.ts';
import { scannedText, type ScannedCell, type ScannedRow } from './scanned-row.ts';
import { aboOf, componentOf, firstTimeOf, modeOf, plateletDoses, rhdOf, wholeBloodMl } from './donation-values.ts';

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

/** Reads body rows into donations, or the first thing wrong with a row, naming the row and the cell. */
export type DonationReader = (row: ScannedRow) => Read<Donation>;

/**
 * A reader for one sheet. Every column but the donor's holds few distinct texts (days of a quarter, counties,
 * 全血/机采, groups), so each text is understood once and remembered: a million rows cost a million look-ups,
 * not a million rounds of pattern matching.
 */
export function donationReader(context: DonationContext): DonationReader {
  const memo = <T>(read: (cell: ScannedCell) => T) => remembered(read);
  const date = memo(readDonationDate);
  const county = memo((cell) => countyOf(cell, context));
  const component = memo((cell) => componentOf(cell, context.columns));
  const ml = memo(wholeBloodMl);
  const doses = memo(plateletDoses);
  const first = memo((cell) => firstTimeOf(scannedText(cell)));
  const abo = memo((cell) => aboOf(scannedText(cell)));
  const rhd = memo((cell) => rhdOf(scannedText(cell)));
  const rhdInAbo = memo((cell) => (/阴|阳|[+-]|rh/i.test(scannedText(cell)) ? rhdOf(scannedText(cell).replace(/^(ab|a|b|o)型?/i, '')) : null));
  const mode = memo((cell) => modeOf(scannedText(cell)));
  const c = context.columns;
  return (row) => {
    const at = (col: number | undefined): ScannedCell => (col === undefined ? null : row.cells[col] ?? null);
    const fail = (col: number | undefined, message: string): Read<never> => {
      const cell = col === undefined ? undefined : cellAddress(row.index, col);
      return { problem: { ...(cell ? { cell } : {}), message: `第${row.index + 1}行${cell ? `（${cell}）` : ''}：${message}` } };
    };
    const month = date(at(c.date));
    if (month === null) return fail(c.date, `献血日期“${scannedText(at(c.date))}”无法识别，应为如“2025-01-05”的日期`);
    if (context.months && !context.months.has(month)) return fail(c.date, `献血日期${month}不在文件名所示的期间（${[...context.months].join('、')}）内`);
    const where = county(at(c.county ?? c.site));
    if ('problem' in where) return fail(c.county ?? c.site, where.problem);
    const kind = c.type !== undefined ? component(at(c.type)) : at(c.doses) !== null || /治疗量|人份/.test(scannedText(at(c.volume))) ? 'platelet' : 'whole';
    if (kind === null) return fail(c.type, `献血类型“${scannedText(at(c.type))}”无法识别，应为“全血”或“机采血小板”`);
    const amountCol = kind === 'whole' ? c.volume : c.doses ?? c.volume;
    const amount = kind === 'whole' ? ml(at(amountCol)) : doses(at(amountCol));
    if (amount === null) {
      return fail(amountCol, kind === 'whole' ? `全血献血量“${scannedText(at(amountCol))}”无法识别，应为200、300或400（ml）` : `机采血小板“${scannedText(at(amountCol))}”无法识别，应为治疗量1或2`);
    }
    const donor = scannedText(at(c.donor));
    if (donor === '') return fail(c.donor, '献血者编号为空');
    const firstTime = c.firstTime === undefined ? null : first(at(c.firstTime));
    if (firstTime === undefined) return fail(c.firstTime, `“${scannedText(at(c.firstTime))}”无法识别为首次或再次献血`);
    const group = c.abo === undefined ? null : abo(at(c.abo));
    if (group === undefined) return fail(c.abo, `血型“${scannedText(at(c.abo))}”无法识别，应为A、B、O或AB`);
    const rhdNegative = c.rhd !== undefined ? rhd(at(c.rhd)) : c.abo !== undefined ? rhdInAbo(at(c.abo)) : null;
    if (rhdNegative === undefined) return fail(c.rhd ?? c.abo, `RhD血型“${scannedText(at(c.rhd ?? c.abo))}”无法识别，应为阳性或阴性`);
    const recruited = c.mode === undefined ? null : mode(at(c.mode));
    if (recruited === undefined) return fail(c.mode, `献血方式“${scannedText(at(c.mode))}”无法识别，应为团体或个人`);
    return { value: {
      county: where.value, month, component: kind,
      ml: kind === 'whole' ? (amount as 200 | 300 | 400) : null, doses: kind === 'platelet' ? amount : 0,
      donor, firstTime, abo: group, rhdNegative, group: recruited,
    } };
  };
}

/** Texts remembered per column; past this many distinct ones (a column of ids) the rest are read each time. */
const REMEMBERED = 4096;

function remembered<T>(read: (cell: ScannedCell) => T): (cell: ScannedCell) => T {
  const known = new Map<ScannedCell, T>();
  return (cell) => {
    const key = cell !== null && typeof cell === 'object' ? cell.excelDate : cell;
    if (known.has(key)) return known.get(key)!;
    const value = read(cell);
    if (known.size < REMEMBERED) known.set(key, value);
    return value;
  };
}

function countyOf(cell: ScannedCell, context: DonationContext): { value: string } | { problem: string } {
  const { county, site } = context.columns;
  if (county === undefined && site === undefined) return context.fileCounty ? { value: context.fileCounty } : { problem: '无法确定区县：表中没有“区县”或“采血点”列，文件名中也没有区县名称' };
  const text = scannedText(cell);
  const exact = exactNamed(text, context.counties);
  if (exact) return { value: exact };
  const named = findNamed(text, context.counties);
  if (named.length === 1) return { value: named[0]! };
  if (text === '' && context.fileCounty) return { value: context.fileCounty };
  return { problem: text === '' ? '未填写区县' : `“${text}”不是基础信息中的区县（或其别名），无法确定归属区县：请在基础信息中添加别名` };
}
