import type { BriefingSettings } from '../briefing/briefing-settings.ts';

/** What was actually given for an issue, beyond the resolved settings (defaults hide what is missing). */
export interface GivenSettings {
  /** The resolved settings of the issue. */
  readonly briefing: BriefingSettings;
  /** Whether 期号 was given (settings file or --issue): the default, the quarter number, is a placeholder only. */
  readonly issueGiven: boolean;
  /** Whether 编印单位 was given: the default is the profile's station name. */
  readonly unitGiven: boolean;
  /** The profile's population sources, which stand in when the issue names none. */
  readonly profileSources: readonly string[];
}

/** How a missing setting is named: with its key in the settings file (CLI), or as the app's form labels it. */
export type SettingNaming = 'file' | 'form';

/** Each setting: its name as the user sees it, and its key in the settings file (with a hint where the key alone is unclear). */
const NAMES = {
  issue: ['期号', 'issueNumber，本年已印发简报的下一个序号'],
  unit: ['编印单位', 'unit'],
  recipients: ['版记的报、送、发单位', 'recipients'],
  copies: ['印数', 'copies'],
  source: ['人口数据来源', 'populationSource'],
} as const;

/**
 * The settings of an issue still to be filled, each named as the user sees it with its key in the settings file,
 * e.g. "期号（issueNumber，本年已印发简报的下一个序号）", or as the app's form names it ("期号"). The briefing is still
 * made, but the CLI and the app warn before export: without them the 版记 is missing, the 期号 is a guess and the
 * 附件 cannot name the population source.
 */
export function missingSettings(given: GivenSettings, naming: SettingNaming = 'file'): string[] {
  const b = given.briefing;
  const recipients = [b.recipients.报, b.recipients.送, b.recipients.发].every((r) => r.trim() === '');
  const source = (b.populationSource ?? '').trim() === '' && given.profileSources.length === 0;
  const missing: (keyof typeof NAMES)[] = [
    ...(given.issueGiven ? [] : ['issue' as const]),
    ...(given.unitGiven ? [] : ['unit' as const]),
    ...(recipients ? ['recipients' as const] : []),
    ...(b.copies === null ? ['copies' as const] : []),
    ...(source ? ['source' as const] : []),
  ];
  return missing.map((m) => (naming === 'form' ? NAMES[m][0] : `${NAMES[m][0]}（${NAMES[m][1]}）`));
}

/** The warning line for missing settings, naming each; null when nothing is missing. */
export function missingSettingsWarning(missing: readonly string[]): string | null {
  if (missing.length === 0) return null;
  return `提示：本期简报设置尚未填写${missing.join('、')}。简报已按现有设置生成；请在简报设置文件中填写后重新生成（blood-brief settings --out 简报设置.json 可写出一份待填的设置文件，用 --settings 指定）。`;
}
