import type { BriefingSettings } from '../briefing/briefing-settings.ts';
import type { Problem, Result } from '../model.ts';
import { fieldReader, type FieldReader } from '../profile/field-reader.ts';
import { chinaDay, parseDay } from '../period/china-time.ts';

/**
 * One issue's own settings in their one serialised form: the keys of the CLI's --settings file (less `fonts`),
 * the app's form, its IPC payload and the value stored per quarter (`briefingSettingsByQuarter`).
 */
export interface IssueSettings {
  /** e.g. "血液保障工作简报". */
  readonly name: string;
  /** 第×期, numbered per year. */
  readonly issueNumber: number;
  /** An 增刊 prints "增刊第×期". */
  readonly supplement: boolean;
  /** 编印单位. */
  readonly unit: string;
  /** Date printed in the masthead, "YYYY-MM-DD"; empty means the day of export. */
  readonly date: string;
  /** Prints "内部资料". */
  readonly internal: boolean;
  readonly recipients: { readonly 报: string; readonly 送: string; readonly 发: string };
  /** 印数; null prints no copies line. */
  readonly copies: number | null;
  /** The user's own paragraphs for 下一步工作, one per line. */
  readonly freeText: string;
  /** 人口数据来源 printed in the 附件; empty or absent uses the profile's counties' sources. */
  readonly populationSource?: string;
}

/** Largest 期号 and 印数 accepted: beyond them the figure is a slip of the keyboard. */
const MAX_ISSUE = 9999;
const MAX_COPIES = 100_000;
/** Longest text accepted (the free text of a briefing is the longest legitimate one). */
const MAX_TEXT = 100_000;

/**
 * The one reader of the serialised settings. With `base`, every key is optional (absent or null keeps the base's:
 * a starter file writes null for "not filled yet"); without it (the app's stored value and IPC payload) every key
 * but `copies` and `populationSource` is required. Texts of the masthead are trimmed, so app and CLI print alike.
 */
export function parseIssueSettings(json: unknown, base: IssueSettings | null, file = '简报设置'): Result<IssueSettings> {
  const problems: Problem[] = [];
  const read = fieldReader(file, problems);
  const root = read.object(json, '简报设置') ?? {};
  const field = <K extends keyof IssueSettings>(key: K, label: string, parse: (v: unknown, at: string) => IssueSettings[K], absent?: IssueSettings[K]): IssueSettings[K] => {
    const at = `${key}（${label}）`;
    // null is "not filled yet" over a base; in the complete form only 印数 may be null (no copies line).
    const absentValue = root[key] === undefined || (root[key] === null && (base !== null || key === 'copies'));
    if (!absentValue) return parse(root[key], at);
    if (base !== null) return base[key];
    if (key === 'copies') return null as IssueSettings[K];
    if (absent !== undefined) return absent;
    return (read.check(false, at, '缺少'), parse(undefined, at));
  };
  const value: IssueSettings = {
    name: field('name', '简报名称', (v, at) => line(read, v, at)),
    issueNumber: field('issueNumber', '期号', (v, at) => whole(read, v, at, MAX_ISSUE)),
    supplement: field('supplement', '增刊', (v, at) => flag(read, v, at)),
    unit: field('unit', '编印单位', (v, at) => line(read, v, at)),
    date: field('date', '印发日期', (v, at) => day(read, v, at), ''),
    internal: field('internal', '内部资料', (v, at) => flag(read, v, at)),
    recipients: field('recipients', '报送发', (v, at) => recipients(read, v, at, base?.recipients), { 报: '', 送: '', 发: '' }),
    copies: field('copies', '印数', (v, at) => whole(read, v, at, MAX_COPIES)),
    freeText: field('freeText', '下一步工作', (v, at) => words(read, v, at), ''),
    populationSource: field('populationSource', '人口数据来源', (v, at) => words(read, v, at).trim(), ''),
  };
  return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
}

/** The issue's settings in the serialised form of the defaults (an empty date: the day of export). */
export function issueSettingsOf(settings: BriefingSettings): IssueSettings {
  const { name, issueNumber, supplement, unit, internal, recipients, copies, freeText, populationSource = '' } = settings;
  return { name, issueNumber, supplement, unit, date: '', internal, recipients, copies, freeText, populationSource };
}

/** The settings the briefing is built with: the issue's own over the clock's defaults (`date` '' is the day of `defaults.now`). */
export function resolveIssueSettings(issue: IssueSettings, defaults: BriefingSettings): BriefingSettings {
  const { date, populationSource = '', ...rest } = issue;
  const d = parseDay(date);
  return { ...defaults, ...rest, populationSource, date: d === null ? defaults.date : chinaDay(d.year, d.month, d.day) };
}

function whole(read: FieldReader, value: unknown, at: string, max: number): number {
  const ok = read.check(Number.isInteger(value) && (value as number) > 0, at, '应为正整数') && read.check((value as number) <= max, at, `不应超过${max}`);
  return ok ? (value as number) : 1;
}

function flag(read: FieldReader, value: unknown, at: string): boolean {
  return read.check(typeof value === 'boolean', at, '应为 true 或 false') && (value as boolean);
}

/** "YYYY-MM-DD", or '' for the day of export. */
function day(read: FieldReader, value: unknown, at: string): string {
  if (value === '') return '';
  const parsed = typeof value === 'string' ? parseDay(value) : null;
  if (!read.check(parsed !== null, at, '应为日期，如 "2025-04-11"')) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${parsed!.year}-${pad(parsed!.month)}-${pad(parsed!.day)}`;
}

function words(read: FieldReader, value: unknown, at: string): string {
  return read.check(typeof value === 'string', at, '应为文字') && read.check((value as string).length <= MAX_TEXT, at, `不应超过${MAX_TEXT}字`) ? (value as string) : '';
}

/** A non-blank text, trimmed. */
function line(read: FieldReader, value: unknown, at: string): string {
  if (typeof value === 'string' && value.length > MAX_TEXT) return (read.check(false, at, `不应超过${MAX_TEXT}字`), '');
  return read.text(value, at);
}

function recipients(read: FieldReader, value: unknown, at: string, base: IssueSettings['recipients'] | undefined): IssueSettings['recipients'] {
  const r = read.object(value, at) ?? {};
  const line = (key: '报' | '送' | '发') => (r[key] === undefined ? (base?.[key] ?? '') : words(read, r[key], `recipients.${key}`));
  return { 报: line('报'), 送: line('送'), 发: line('发') };
}
