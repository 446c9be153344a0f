import type { Problem, Profile } from '../core/model.ts';
import { boundedParser, importInputsBounded, openStore, PARSE_LIMITS, readInputs, rollingBackup, type ImportReport, type ParseLimits, type Store } from '../core/core-api.ts';
import type { CliIo } from './cli-io.ts';
import { writeLines } from './cli-io.ts';
import { formatProblem } from './format-problem.ts';
import { fileReportLines, importTally } from './print-import-report.ts';

/** The store a command works on, after importing its inputs; `ok` is false when any input was rejected. */
export interface OpenedData {
  readonly store: Store;
  readonly ok: boolean;
  readonly report: ImportReport | null;
}

/**
 * Opens --db (or an in-memory store) and imports the command's inputs into it, printing what happened. `meanwhile`
 * runs once the worker has the first file: this thread mostly waits for it then, so later work can start early.
 */
export async function openData(io: CliIo, profile: Profile, db: string | null, inputs: readonly string[], options: { replace: boolean; now: Date }, meanwhile?: () => void): Promise<OpenedData> {
  // Before a batch changes an existing database, a rolling backup (the newest 10 kept beside it).
  if (db !== null && inputs.length > 0) backUpBefore(db, options.now);
  // Each file is read in a worker that can be stopped, and its line printed as soon as it is known. The worker
  // starts first, so it gets ready while this thread opens the store, gathers the files and loads the batch's code.
  const parser = inputs.length === 0 ? null : boundedParser(parseLimits(io.env));
  parser?.start?.();
  let store: Store;
  try {
    store = openStore(db ?? ':memory:');
  } catch (error) {
    await parser?.close();
    throw error;
  }
  if (parser === null) return { store, ok: true, report: null };
  const gathered = await readInputs(inputs).catch(async (error: unknown) => { await parser.close(); throw error; });
  const running = importInputsBounded(store, profile, gathered.files, options, parser, { onFile: (file) => writeLines(io.stdout, fileReportLines(file)) });
  // The batch hands the first file to the worker in the turn it yields first; this runs in the turn after.
  if (meanwhile) setImmediate(meanwhile);
  const report = await running.finally(() => parser.close());
  writeLines(io.stdout, [importTally(report), ...skippedLines(gathered.skipped)]);
  writeLines(io.stderr, gathered.problems.map(formatProblem));
  return { store, ok: report.ok && gathered.problems.length === 0, report };
}

/** A rolling backup, or a Chinese reason why the batch does not start (SQLite's English never shown). */
function backUpBefore(db: string, now: Date): void {
  try {
    rollingBackup(db, now);
  } catch {
    // openStore names a file that is not our database in Chinese; anything else (a full disk) is said here.
    openStore(db).close();
    throw new Error(`导入前无法备份数据库 ${db}（磁盘空间不足或没有写入权限？），未导入任何文件。`);
  }
}

/** The per-file limits, adjustable for a slow machine through BLOOD_BRIEF_READ_SECONDS and BLOOD_BRIEF_READ_MB. */
export function parseLimits(env: CliIo['env']): ParseLimits {
  const seconds = Number(env.BLOOD_BRIEF_READ_SECONDS);
  const heapMb = Number(env.BLOOD_BRIEF_READ_MB);
  return {
    seconds: Number.isFinite(seconds) && seconds > 0 ? seconds : PARSE_LIMITS.seconds,
    heapMb: Number.isFinite(heapMb) && heapMb >= 32 ? Math.round(heapMb) : PARSE_LIMITS.heapMb,
  };
}

/** Files a folder held that are not reports: each named with the reason, so nothing is dropped without a word. */
function skippedLines(skipped: readonly Problem[]): string[] {
  if (skipped.length === 0) return [];
  return [`另有 ${skipped.length} 个文件未读取：`, ...skipped.map((p) => `－ ${p.file}：${p.message}`)];
}

/** Prints problems (e.g. of the profile) to stderr, one per line. */
export function printProblems(io: CliIo, problems: readonly Problem[]): void {
  writeLines(io.stderr, problems.map(formatProblem));
}
