import { parseArgs } from 'node:util';
import { parseDay, parseQuarter, quarterId } from '../core/core-api.ts';
import type { Command, Invocation } from './commands.ts';

/** A usage error (exit code 2) with a Chinese message. */
export interface UsageError {
  readonly usageError: string;
}

type Values = Record<string, string | boolean | undefined>;
type Builder = (values: Values, inputs: string[]) => Command | UsageError;

const STRING = { type: 'string' } as const;
const FLAG = { type: 'boolean' } as const;
const COMMON = { now: STRING, help: FLAG } as const;
const DATA = { ...COMMON, profile: STRING, db: STRING } as const;
const QUARTER = { ...DATA, quarter: STRING, out: STRING } as const;

const COMMANDS: Record<string, { options: Record<string, typeof STRING | typeof FLAG>; inputs: boolean; build: Builder }> = {
  import: { options: { ...DATA, replace: FLAG }, inputs: true, build: buildImport },
  report: { options: { ...QUARTER, json: STRING, settings: STRING, issue: STRING, date: STRING }, inputs: true, build: buildReport },
  tables: { options: QUARTER, inputs: true, build: buildTables },
  template: { options: { ...COMMON, out: STRING, profile: STRING }, inputs: false, build: (v) => require(v, 'out', (out) => ({ name: 'template', out, profile: str(v.profile) })) },
  settings: { options: { ...COMMON, out: STRING, profile: STRING }, inputs: false, build: (v) => require(v, 'out', (out) => ({ name: 'settings', out, profile: str(v.profile) })) },
  demo: { options: { ...COMMON, out: STRING }, inputs: false, build: (v) => require(v, 'out', (out) => ({ name: 'demo', out })) },
  backup: { options: { ...COMMON, db: STRING, out: STRING }, inputs: false, build: (v) => require(v, 'db', (db) => require(v, 'out', (out) => ({ name: 'backup', db, out }))) },
  imports: { options: { ...COMMON, db: STRING }, inputs: false, build: (v) => require(v, 'db', (db) => ({ name: 'imports', db })) },
  'delete-import': { options: { ...COMMON, db: STRING, import: STRING, yes: FLAG }, inputs: false, build: buildDeleteImport },
  restore: { options: { ...COMMON, db: STRING, from: STRING }, inputs: false, build: (v) => require(v, 'db', (db) => require(v, 'from', (from) => ({ name: 'restore', db, from }))) },
  versions: { options: { ...COMMON, db: STRING, county: STRING, hospital: STRING, month: STRING }, inputs: false, build: buildVersions },
  'restore-version': { options: { ...COMMON, db: STRING, version: STRING, supply: FLAG, yes: FLAG }, inputs: false, build: buildRestoreVersion },
  undo: { options: { ...COMMON, db: STRING }, inputs: false, build: (v) => require(v, 'db', (db) => ({ name: 'undo', db })) },
  redo: { options: { ...COMMON, db: STRING }, inputs: false, build: (v) => require(v, 'db', (db) => ({ name: 'redo', db })) },
  acts: { options: { ...COMMON, db: STRING }, inputs: false, build: (v) => require(v, 'db', (db) => ({ name: 'acts', db })) },
  archive: { options: { ...COMMON, db: STRING }, inputs: false, build: (v) => require(v, 'db', (db) => ({ name: 'archive', db })) },
  reissue: { options: { ...COMMON, db: STRING, issue: STRING, out: STRING }, inputs: false, build: buildReissue },
};

/** Parses argv (without node and script) into a command and its clock, or a usage error. */
export function parseCommandLine(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Invocation | UsageError {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') return { command: { name: 'help' }, now: null };
  const spec = COMMANDS[name];
  if (spec === undefined) return { usageError: `未知命令“${name}”` };
  const parsed = safeParse(rest, spec.options);
  if ('usageError' in parsed) return parsed;
  if (parsed.values.help === true) return { command: { name: 'help' }, now: null };
  if (!spec.inputs && parsed.positionals.length > 0) return { usageError: `${name} 命令不接受文件参数：${parsed.positionals.join(' ')}` };
  const now = parseClock(str(parsed.values.now), env.SOURCE_DATE_EPOCH);
  if ('usageError' in now) return now;
  const command = spec.build(parsed.values, parsed.positionals);
  return 'usageError' in command ? command : { command, now: now.date };
}

function safeParse(args: string[], options: Record<string, typeof STRING | typeof FLAG>): { values: Values; positionals: string[] } | UsageError {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    return { usageError: translateParseError(error) };
  }
}

/** node:util parseArgs speaks English; the users read Chinese. */
function translateParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-{1,2}[^' ]+)/.exec(message ?? '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `未知选项 ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `选项 ${option} 需要一个值`;
  return '命令行参数有误';
}

function buildImport(v: Values, inputs: string[]): Command | UsageError {
  if (inputs.length === 0) return { usageError: 'import 需要至少一个文件或文件夹' };
  return require(v, 'profile', (profile) => ({ name: 'import', profile, db: str(v.db), replace: v.replace === true, inputs }));
}

function buildDeleteImport(v: Values): Command | UsageError {
  return require(v, 'db', (db) => require(v, 'import', (id) => (/^[1-9]\d{0,9}$/.test(id)
    ? { name: 'delete-import', db, importId: Number(id), yes: v.yes === true }
    : { usageError: `--import 应为导入编号（blood-brief imports 列出的数字），而不是“${id}”` })));
}

function buildVersions(v: Values): Command | UsageError {
  const county = str(v.county);
  const hospital = str(v.hospital);
  if ((county === null) === (hospital === null)) return { usageError: 'versions 需要 --county 区县 或 --hospital 医院（二选一）' };
  return require(v, 'db', (db) => require(v, 'month', (month) => (/^\d{4}-(0[1-9]|1[0-2])$/.test(month)
    ? { name: 'versions', db, kind: county !== null ? 'collection' : 'supply', subject: (county ?? hospital)!, month }
    : { usageError: `--month 应写成 2025-03 这样的形式，而不是“${month}”` })));
}

function buildRestoreVersion(v: Values): Command | UsageError {
  return require(v, 'db', (db) => require(v, 'version', (id) => (/^[1-9]\d{0,9}$/.test(id)
    ? { name: 'restore-version', db, kind: v.supply === true ? 'supply' : 'collection', versionId: Number(id), yes: v.yes === true }
    : { usageError: `--version 应为版本编号（blood-brief versions 列出的数字），而不是“${id}”` })));
}

function buildReissue(v: Values): Command | UsageError {
  return require(v, 'db', (db) => require(v, 'issue', (id) => require(v, 'out', (out) => (/^[1-9]\d{0,9}$/.test(id)
    ? { name: 'reissue', db, issueId: Number(id), out }
    : { usageError: `--issue 应为存档编号（blood-brief archive 列出的数字），而不是“${id}”` }))));
}

function buildReport(v: Values, inputs: string[]): Command | UsageError {
  const issue = str(v.issue);
  if (issue !== null && !/^[1-9]\d{0,2}$/.test(issue)) return { usageError: `--issue 应为期号数字（如 3），而不是“${issue}”` };
  const date = str(v.date);
  if (date !== null && parseDay(date) === null) return { usageError: `--date 应为日期（如 2025-04-11），而不是“${date}”` };
  return withQuarter(v, inputs, (base) => ({
    name: 'report', ...base, json: str(v.json), settings: str(v.settings), issue: issue === null ? null : Number(issue), date,
  }));
}

function buildTables(v: Values, inputs: string[]): Command | UsageError {
  const out = str(v.out);
  if (out !== null && !/\.(pdf|xlsx)$/i.test(out)) return { usageError: '--out 的文件名应以 .pdf 或 .xlsx 结尾' };
  return withQuarter(v, inputs, (base) => ({ name: 'tables', ...base }));
}

type QuarterBase = { profile: string; db: string | null; inputs: string[]; quarter: string; out: string };

function withQuarter(v: Values, inputs: string[], make: (base: QuarterBase) => Command): Command | UsageError {
  return require(v, 'profile', (profile) => require(v, 'quarter', (q) => require(v, 'out', (out) => {
    const quarter = parseQuarter(q);
    if (quarter === null) return { usageError: `--quarter 应写成 2025Q1 这样的形式，而不是“${q}”` };
    if (inputs.length === 0 && str(v.db) === null) return { usageError: '请给出 --db 数据库，或要汇总的文件/文件夹' };
    return make({ profile, db: str(v.db), inputs, quarter: quarterId(quarter), out });
  })));
}

function require<T>(v: Values, option: string, then: (value: string) => T | UsageError): T | UsageError {
  const value = str(v[option]);
  return value === null ? { usageError: `缺少选项 --${option}` } : then(value);
}

function str(value: string | boolean | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The clock: --now wins, then SOURCE_DATE_EPOCH (reproducible-builds convention, seconds since 1970), else null. */
function parseClock(now: string | null, epoch: string | undefined): { date: Date | null } | UsageError {
  if (now !== null) {
    const date = new Date(now);
    return Number.isNaN(date.getTime()) ? { usageError: `--now 不是有效的时间：“${now}”` } : { date };
  }
  if (epoch !== undefined && epoch !== '') {
    return /^\d+$/.test(epoch) ? { date: new Date(Number(epoch) * 1000) } : { usageError: `SOURCE_DATE_EPOCH 应为秒数，而不是“${epoch}”` };
  }
  return { date: null };
}


