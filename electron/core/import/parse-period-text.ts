import { memoByText } from '../util/memo-by-text.ts';

/** What a piece of text says about the period: the years, months and month ranges (quarters) it names. */
export interface PeriodHint {
  readonly years: readonly number[];
  readonly months: readonly number[];
  /** Inclusive month ranges, e.g. a quarter: 第一季度 → [1, 3]. */
  readonly ranges: readonly (readonly [number, number])[];
  /** Mentions that look like a month but cannot be one ("13月", "2025年0月"): present only when there are some. */
  readonly invalid?: readonly string[];
}

const CN_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12, 元: 1 };
const DASH = '[-~～至到—–]';
/** Digits of a year written in Chinese numerals (二〇二五年). */
const CN_YEAR_DIGITS: Readonly<Record<string, string>> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/**
 * Reads year, month and quarter mentions from a title, sheet name, file name or cell: "2025年1月", "2025-01",
 * "2025.1", "202501", "1月", "一月", "四月份", "二〇二五年四月", "2025年第一季度", "2025Q1", "1-3月", and a
 * cut-off "截至6月" (a running-year ledger: January to June). Full dates ("2025年2月5日", "2025-02-05",
 * "20250205") are the day a form was filled in, not its period, so they are ignored. "13月" is kept as
 * invalid, so that the caller refuses it instead of taking the month from elsewhere.
 */
export const parsePeriodText: (raw: string) => PeriodHint = memoByText((raw) => Object.freeze(readPeriodText(raw)));

function readPeriodText(raw: string): PeriodHint {
  const hint = { years: [] as number[], months: [] as number[], ranges: [] as [number, number][], invalid: [] as string[] };
  let text = raw.normalize('NFKC').replace(/\s+/g, '').replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (y) => [...y].map((d) => CN_YEAR_DIGITS[d]).join(''));
  const take = (pattern: RegExp, use: (m: RegExpExecArray) => void): void => {
    text = text.replace(pattern, (...args) => { use(args.slice(0, -2) as unknown as RegExpExecArray); return '|'; });
  };
  take(/\d{4}年\d{1,2}月\d{1,2}[日号]|(?<!\d)\d{4}([-/.])\d{1,2}\1\d{1,2}(?!\d)|(?<!\d)\d{8}(?!\d)|\d{1,2}月\d{1,2}[日号]/g, () => undefined);
  take(new RegExp(`(\\d{4})年(\\d{1,2})月?${DASH}(\\d{1,2})月`, 'g'), (m) => { year(hint, m[1]); range(hint, m[2], m[3]); });
  take(/(?:截至|截止|截到|至)(\d{4})年(\d{1,2})月(?:底|末|份)?/g, (m) => { year(hint, m[1]); cutOff(hint, m[2], m[0]); });
  take(/(\d{4})年(\d{1,2})月份?/g, (m) => { year(hint, m[1]); month(hint, m[2], m[0]); });
  take(/(?<!\d)(\d{4})[-/.](\d{1,2})(?![\d.])/g, (m) => { year(hint, m[1]); month(hint, m[2]); });
  take(/(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(?!\d)/g, (m) => { year(hint, m[1]); month(hint, m[2]); });
  take(/(\d{4})年?(?:度)?第?([一二三四1-4])季度?/g, (m) => { year(hint, m[1]); quarter(hint, m[2]); });
  take(/(\d{4})[-_]?[Qq]([1-4])(?!\d)/g, (m) => { year(hint, m[1]); quarter(hint, m[2]); });
  take(/第?([一二三四1-4])季度/g, (m) => quarter(hint, m[1]));
  take(/(?<![A-Za-z])[Qq]([1-4])(?!\d)/g, (m) => quarter(hint, m[1]));
  take(new RegExp(`(?<!\\d)(\\d{1,2})月?${DASH}(\\d{1,2})月`, 'g'), (m) => range(hint, m[1], m[2]));
  take(/(?:截至|截止|截到|至)(?:(\d{4})年)?(\d{1,2}|十[一二]|[一二三四五六七八九十])月(?:底|末|份)?/g, (m) => { if (m[1]) year(hint, m[1]); cutOff(hint, m[2], m[0]); });
  take(/(?<![\d.])(\d{1,2})月/g, (m) => month(hint, m[1], m[0]));
  take(/(?<![一二三四五六七八九十第])(十[一二]|[一二三四五六七八九十元])月/g, (m) => month(hint, m[1]));
  take(/(?<!\d)((?:19|20)\d{2})(?!\d)/g, (m) => year(hint, m[1]));
  const { invalid, ...rest } = hint;
  return invalid.length > 0 ? { ...rest, invalid } : rest;
}

function toNumber(text: string): number {
  return CN_DIGITS[text] ?? Number(text);
}

function year(hint: { years: number[] }, text: string): void {
  const value = Number(text);
  if (value >= 1990 && value <= 2100 && !hint.years.includes(value)) hint.years.push(value);
}

function month(hint: { months: number[]; invalid: string[] }, text: string, whole?: string): void {
  const value = toNumber(text);
  if (value >= 1 && value <= 12) {
    if (!hint.months.includes(value)) hint.months.push(value);
  } else if (whole !== undefined) hint.invalid.push(whole);
}

/** "截至6月": every month from January to the cut-off. */
function cutOff(hint: { ranges: [number, number][]; invalid: string[] }, text: string, whole: string): void {
  const last = toNumber(text);
  if (last >= 1 && last <= 12) hint.ranges.push([1, last]);
  else hint.invalid.push(whole);
}

function range(hint: { ranges: [number, number][] }, from: string, to: string): void {
  const [a, b] = [toNumber(from), toNumber(to)];
  if (a >= 1 && b <= 12 && a < b) hint.ranges.push([a, b]);
}

function quarter(hint: { ranges: [number, number][] }, text: string): void {
  const q = toNumber(text);
  hint.ranges.push([q * 3 - 2, q * 3]);
}
