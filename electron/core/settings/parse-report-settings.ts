import type { BriefingSettings } from '../briefing/briefing-settings.ts';
import { FONT_ROLES, type FontSettings } from '../fonts/font-types.ts';
import type { Problem, Result } from '../model.ts';
import { fieldReader, type FieldReader } from '../profile/field-reader.ts';
import { chinaDay, parseDay } from '../period/china-time.ts';
import { DEFAULT_CHECKS, parseCheckSettings, type CheckSettings } from './check-settings.ts';

/** What a report is printed with: the briefing's own settings and the font lookup. */
export interface ReportSettings {
  readonly briefing: BriefingSettings;
  readonly fonts: FontSettings;
  /** The data checks' thresholds: the file's `checks` over the profile's (or the defaults). */
  readonly checks: CheckSettings;
}

/**
 * Reads a settings JSON (the CLI's --settings file; the app stores the same object) over the defaults.
 * Every key is optional: { name, issueNumber, supplement, unit, date: "2025-04-11", internal,
 * recipients: { 报, 送, 发 }, copies, freeText, populationSource, fonts: { bundledOnly, paths: { fangsong: "C:/…" } },
 * checks: { dueDay, trailingMonths, yearOnYearPercent, trailingPercent, populationChangePercent } }.
 */
export function parseReportSettings(json: unknown, defaults: BriefingSettings, file = '简报设置', checkDefaults: CheckSettings = DEFAULT_CHECKS): Result<ReportSettings> {
  const problems: Problem[] = [];
  const read = fieldReader(file, problems);
  const root = read.object(json, '简报设置') ?? {};
  const briefing: BriefingSettings = {
    ...defaults,
    ...optional(root, 'name', (v) => read.text(v, 'name（简报名称）')),
    ...optional(root, 'issueNumber', (v) => positiveInteger(read, v, 'issueNumber（期号）')),
    ...optional(root, 'supplement', (v) => flag(read, v, 'supplement（增刊）')),
    ...optional(root, 'unit', (v) => read.text(v, 'unit（编印单位）')),
    ...optional(root, 'date', (v) => day(read, v, 'date（印发日期）')),
    ...optional(root, 'internal', (v) => flag(read, v, 'internal（内部资料）')),
    ...optional(root, 'recipients', (v) => recipients(read, v, defaults.recipients)),
    ...optional(root, 'copies', (v) => positiveInteger(read, v, 'copies（印数）')),
    ...optional(root, 'freeText', (v) => (typeof v === 'string' ? v : (read.check(false, 'freeText（下一步工作）', '应为文字'), ''))),
    ...optional(root, 'populationSource', (v) => (typeof v === 'string' ? v.trim() : (read.check(false, 'populationSource（人口数据来源）', '应为文字'), ''))),
  };
  const fonts = root.fonts === undefined ? {} : fontSettings(read, root.fonts);
  const checks = root.checks === undefined || root.checks === null ? checkDefaults : parseCheckSettings(read, root.checks, checkDefaults);
  return problems.length === 0 ? { ok: true, value: { briefing, fonts, checks } } : { ok: false, problems };
}

/** A key absent or null keeps the default (a starter file writes null for "not filled yet"). */
function optional<K extends keyof BriefingSettings>(root: Record<string, unknown>, key: K, read: (v: unknown) => BriefingSettings[K]): Partial<BriefingSettings> {
  return root[key] === undefined || root[key] === null ? {} : { [key]: read(root[key]) };
}

function positiveInteger(read: FieldReader, value: unknown, at: string): number {
  return read.check(Number.isInteger(value) && (value as number) > 0, at, '应为正整数') ? (value as number) : 1;
}

function flag(read: FieldReader, value: unknown, at: string): boolean {
  return read.check(typeof value === 'boolean', at, '应为 true 或 false') && (value as boolean);
}

function day(read: FieldReader, value: unknown, at: string): Date {
  const parsed = typeof value === 'string' ? parseDay(value) : null;
  return read.check(parsed !== null, at, '应为日期，如 "2025-04-11"') ? chinaDay(parsed!.year, parsed!.month, parsed!.day) : new Date(0);
}

function recipients(read: FieldReader, value: unknown, defaults: BriefingSettings['recipients']): BriefingSettings['recipients'] {
  const r = read.object(value, 'recipients（报送发）') ?? {};
  const line = (key: '报' | '送' | '发') => (r[key] === undefined ? defaults[key] : typeof r[key] === 'string' ? r[key] : (read.check(false, `recipients.${key}`, '应为文字'), ''));
  return { 报: line('报'), 送: line('送'), 发: line('发') };
}

function fontSettings(read: FieldReader, value: unknown): FontSettings {
  const f = read.object(value, 'fonts（字体）') ?? {};
  const paths = f.paths === undefined ? undefined : read.object(f.paths, 'fonts.paths');
  return {
    ...(f.bundledOnly === undefined ? {} : { bundledOnly: flag(read, f.bundledOnly, 'fonts.bundledOnly') }),
    ...(paths === undefined ? {} : { paths: Object.fromEntries(Object.entries(paths)
      .filter(([role]) => read.check((FONT_ROLES as readonly string[]).includes(role), `fonts.paths.${role}`, `字体角色应为 ${FONT_ROLES.join('、')} 之一`))
      .map(([role, p]) => [role, read.text(p, `fonts.paths.${role}`)])) }),
  };
}
