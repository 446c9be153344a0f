import { readFile } from 'node:fs/promises';
import { chinaDay, defaultBriefingSettings, parseDay, parseReportSettings, type ReportSettings } from '../core/core-api.ts';
import type { Profile, Result } from '../core/model.ts';
import type { Command } from './commands.ts';

type ReportCommand = Extract<Command, { name: 'report' }>;

/** The report's settings and which of the issue's own settings were actually given (for the missing-settings warning). */
export interface LoadedReportSettings extends ReportSettings {
  readonly issueGiven: boolean;
  readonly unitGiven: boolean;
}

/** The report's settings: defaults from the profile, then the --settings file, then --issue and --date. */
export async function loadReportSettings(command: ReportCommand, profile: Profile, now: Date): Promise<Result<LoadedReportSettings>> {
  const defaults = defaultBriefingSettings(profile, command.quarter, now);
  const json = command.settings === null ? {} : await readJson(command.settings);
  if (json instanceof Error) return { ok: false, problems: [{ file: command.settings!, message: json.message }] };
  const parsed = parseReportSettings(json, defaults, command.settings ?? '简报设置', profile.checks);
  if (!parsed.ok) return parsed;
  const day = command.date === null ? null : parseDay(command.date);
  const briefing = {
    ...parsed.value.briefing,
    ...(command.issue === null ? {} : { issueNumber: command.issue }),
    ...(day === null ? {} : { date: chinaDay(day.year, day.month, day.day) }),
  };
  const root = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const given = (key: string) => root[key] !== undefined && root[key] !== null && root[key] !== '';
  return { ok: true, value: { ...parsed.value, briefing, issueGiven: command.issue !== null || given('issueNumber'), unitGiven: given('unit') } };
}

async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return new Error('找不到或无法读取简报设置文件');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return new Error(`不是有效的 JSON：${(error as Error).message}`);
  }
}
