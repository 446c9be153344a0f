import type { BriefingSettings } from '../briefing/briefing-settings.ts';
import { FONT_ROLES, type FontSettings } from '../fonts/font-types.ts';
import type { Problem, Result } from '../model.ts';
import { fieldReader, type FieldReader } from '../profile/field-reader.ts';
import { DEFAULT_CHECKS, parseCheckSettings, type CheckSettings } from './check-settings.ts';
import { issueSettingsOf, parseIssueSettings, resolveIssueSettings } from './issue-settings.ts';

/** What a report is printed with: the briefing's own settings and the font lookup. */
export interface ReportSettings {
  readonly briefing: BriefingSettings;
  readonly fonts: FontSettings;
  /** The data checks' thresholds: the file's `checks` over the profile's (or the defaults). */
  readonly checks: CheckSettings;
}

/**
 * Reads a settings JSON (the CLI's --settings file) over the defaults: the issue's keys by the one reader of
 * the serialised settings (parseIssueSettings, which the app's stored value goes through too), plus `fonts`.
 * Every key is optional: { name, issueNumber, supplement, unit, date: "2025-04-11", internal,
 * recipients: { 报, 送, 发 }, copies, freeText, populationSource, fonts: { bundledOnly, paths: { fangsong: "C:/…" } },
 * checks: { dueDay, trailingMonths, yearOnYearPercent, trailingPercent, populationChangePercent } }.
 */
export function parseReportSettings(json: unknown, defaults: BriefingSettings, file = '简报设置', checkDefaults: CheckSettings = DEFAULT_CHECKS): Result<ReportSettings> {
  const issue = parseIssueSettings(json, issueSettingsOf(defaults), file);
  const problems: Problem[] = issue.ok ? [] : [...issue.problems];
  const read = fieldReader(file, problems);
  const root = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const fonts = root.fonts === undefined ? {} : fontSettings(read, root.fonts);
  const checks = root.checks === undefined || root.checks === null ? checkDefaults : parseCheckSettings(read, root.checks, checkDefaults);
  return issue.ok && problems.length === 0 ? { ok: true, value: { briefing: resolveIssueSettings(issue.value, defaults), fonts, checks } } : { ok: false, problems };
}

function fontSettings(read: FieldReader, value: unknown): FontSettings {
  const f = read.object(value, 'fonts（字体）') ?? {};
  const paths = f.paths === undefined ? undefined : read.object(f.paths, 'fonts.paths');
  return {
    ...(f.bundledOnly === undefined ? {} : { bundledOnly: read.check(typeof f.bundledOnly === 'boolean', 'fonts.bundledOnly', '应为 true 或 false') && (f.bundledOnly as boolean) }),
    ...(paths === undefined ? {} : { paths: Object.fromEntries(Object.entries(paths)
      .filter(([role]) => read.check((FONT_ROLES as readonly string[]).includes(role), `fonts.paths.${role}`, `字体角色应为 ${FONT_ROLES.join('、')} 之一`))
      .map(([role, p]) => [role, read.text(p, `fonts.paths.${role}`)])) }),
  };
}
