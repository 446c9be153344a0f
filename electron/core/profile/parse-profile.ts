import type { County, Hospital, Problem, Profile, Result } from '../model.ts';
import { fieldReader, type FieldReader } from './field-reader.ts';
import { readLayouts } from './read-layouts.ts';
import { parseCheckSettings } from '../settings/check-settings.ts';

/** Validates a profile JSON value (the CLI's --profile file, the app's 基础信息) into a Profile, with Chinese problems. */
export function parseProfile(json: unknown, file = '基础信息'): Result<Profile> {
  const problems: Problem[] = [];
  const read = fieldReader(file, problems);
  const root = read.object(json, '基础信息');
  const counties = read.list(root?.counties, 'counties（区县）', (c, at) => readCounty(read, c, at));
  const layouts = root?.layouts === undefined ? undefined : readLayouts(read, root.layouts, counties);
  const profile: Profile = {
    station: read.text(root?.station, 'station（血站名称）'),
    region: read.text(root?.region, 'region（地区名称）'),
    counties,
    hospitals: read.list(root?.hospitals ?? [], 'hospitals（医院）', (h, at) => readHospital(read, h, at)),
    targets: readTargets(read, root?.targets ?? {}),
    ...(layouts && layouts.length > 0 ? { layouts } : {}),
    ...(root?.checks === undefined || root.checks === null ? {} : { checks: parseCheckSettings(read, root.checks) }),
  };
  problems.push(...duplicateNames(file, profile));
  return problems.length === 0 ? { ok: true, value: profile } : { ok: false, problems };
}

function readCounty(read: FieldReader, value: unknown, at: string): County {
  const c = read.object(value, at);
  const populationSource = c?.populationSource === undefined ? undefined : read.text(c.populationSource, `${at}.populationSource`);
  return {
    name: read.text(c?.name, `${at}.name（区县名称）`),
    aliases: read.list(c?.aliases ?? [], `${at}.aliases（别名）`, (a, p) => read.text(a, p)),
    population: read.numberMap(c?.population ?? {}, `${at}.population（常住人口）`, isYear),
    ...(populationSource === undefined ? {} : { populationSource }),
  };
}

function readHospital(read: FieldReader, value: unknown, at: string): Hospital {
  const h = read.object(value, at);
  return {
    name: read.text(h?.name, `${at}.name（医院名称）`),
    aliases: read.list(h?.aliases ?? [], `${at}.aliases（别名）`, (a, p) => read.text(a, p)),
  };
}

function readTargets(read: FieldReader, value: unknown): Profile['targets'] {
  const years = read.object(value, 'targets（年度任务）') ?? {};
  const entries = Object.entries(years).filter(([year]) => read.check(isYear(year), `targets.${year}`, '年份应为四位数字'));
  return Object.fromEntries(entries.map(([year, byCounty]) => [year, read.numberMap(byCounty, `targets.${year}`, () => true)]));
}

function isYear(key: string): boolean {
  return /^\d{4}$/.test(key);
}

/** Names and aliases must identify one county (or hospital) each, or matching a file would be a guess. */
function duplicateNames(file: string, profile: Profile): Problem[] {
  return [...duplicates(profile.counties, '区县'), ...duplicates(profile.hospitals, '医院')].map((message) => ({ file, message }));
}

function duplicates(items: readonly { name: string; aliases: readonly string[] }[], what: string): string[] {
  const owners = new Map<string, string[]>();
  items.forEach((item) => [item.name, ...item.aliases].forEach((n) => owners.set(n, [...(owners.get(n) ?? []), item.name])));
  return [...owners].filter(([, names]) => names.length > 1)
    .map(([n, names]) => `${what}名称或别名“${n}”重复出现（${names.join('、')}），无法确定对应哪一个${what}`);
}
