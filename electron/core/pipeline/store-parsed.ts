import type { InputFile, ParsedFile, Result } from '../model.ts';
import type { ImportOutcome, Store } from '../store/store.ts';
import type { FileReport, FileStatus, ImportReport } from './import-report.ts';
import { describeConflict } from './describe-conflict.ts';
import { assertNever } from '../util/assert-never.ts';

/** Options of a batch import; `now` is the injected clock recorded as the import time. */
export interface ImportOptions {
  readonly replace: boolean;
  readonly now: Date;
}

// The half of a file's import after reading, on its own: the thread that only stores (the bounded batch, whose
// workers read) then never loads the readers (SheetJS and the rest, ~60 ms of compiling per process).

/** Stores one file's parse result (or reports its problems): the half of a file's import after reading. */
export function storeParsed(store: Store, file: InputFile, parsed: Result<ParsedFile>, options: ImportOptions): FileReport {
  if (!parsed.ok) return { ...emptyReport(file.name, 'rejected'), problems: parsed.problems };
  try {
    return reportOutcome(parsed.value, store.importFile(parsed.value, { replace: options.replace, importedAt: options.now.toISOString() }));
  } catch (error) {
    return unexpectedReport(file, error);
  }
}

/** A defect while reading or storing one file, as its report. */
export function unexpectedReport(file: InputFile, error: unknown): FileReport {
  // A defect, not a user error: say so plainly, without a stack trace, and store nothing from this file.
  return { ...emptyReport(file.name, 'rejected'), problems: [{ file: file.name, message: `读取时发生意外错误（${errorText(error)}），未导入任何数据。请把该文件发给技术支持。` }] };
}

/** A batch is ok when every file imported or was already stored. */
export function batchReport(reports: readonly FileReport[]): ImportReport {
  return { files: reports, ok: reports.every((r) => r.status === 'imported' || r.status === 'unchanged') };
}

function reportOutcome(parsed: ParsedFile, outcome: ImportOutcome): FileReport {
  const base = { ...emptyReport(parsed.file, outcome.status), ...contents(parsed), notices: parsed.notices };
  switch (outcome.status) {
    case 'imported': return { ...base, added: outcome.added, replaced: outcome.replaced };
    case 'unchanged': return base;
    case 'conflict': return { ...base, conflicts: outcome.conflicts.map((c) => ({ ...c, message: describeConflict(c) })) };
    default: return assertNever(outcome);
  }
}

/** What a parsed file holds, for the result list ("华阴市 2025年1月…"). */
function contents(parsed: ParsedFile): Pick<FileReport, 'counties' | 'hospitals' | 'months' | 'collections' | 'supplies'> {
  return {
    counties: unique(parsed.collections.map((r) => r.county)),
    hospitals: unique(parsed.supplies.map((r) => r.hospital)),
    months: unique([...parsed.collections, ...parsed.supplies].map((r) => r.month)).sort(),
    collections: parsed.collections.length,
    supplies: parsed.supplies.length,
  };
}

function emptyReport(file: string, status: FileStatus): FileReport {
  return { file, status, problems: [], conflicts: [], notices: [], counties: [], hospitals: [], months: [], collections: 0, supplies: 0, added: 0, replaced: 0 };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
