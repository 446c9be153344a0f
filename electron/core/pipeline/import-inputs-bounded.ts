import { setImmediate as nextTurn } from 'node:timers/promises';
import type { InputFile, ParsedFile, Profile, Result } from '../model.ts';
import type { BoundedParser } from '../import/bounded-parser.ts';
import type { Store } from '../store/store.ts';
import type { FileReport, ImportReport } from './import-report.ts';
import { batchReport, storeParsed, unexpectedReport, type ImportOptions } from './store-parsed.ts';

/**
 * How many files the parser may be ahead of the store: the worker reads a county's file in a few ms, while this
 * thread can be busy for 100 ms at a time (the CLI loads the PDF code and fonts meanwhile), so a whole quarter's files.
 * How many bytes of them the worker holds is the parser's own bound (parse-lane.ts); the files' bytes are not
 * touched here, so a file whose bytes wait on disk stays there.
 */
const READ_AHEAD = 256;

/** One file's parse, settled into a value at once, so one read ahead and then left (by a cancel) rejects nothing. */
type Read = { readonly parsed: Result<ParsedFile> } | { readonly error: unknown };

const DONE: Promise<Read> = Promise.resolve({ error: null });

function read(parser: BoundedParser, file: InputFile, profile: Profile): Promise<Read> {
  return parser.parse(file, profile).then((parsed) => ({ parsed }), (error: unknown) => ({ error }));
}

/** How far a batch has gone: files done of the total, and the file being read (none once the batch has ended). */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  readonly current?: string;
}

/** What the caller hears of a running batch, and how it stops one. */
export interface ImportWatch {
  /** Before each file (with its name), then once when the batch ends or stops (without one). */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Each file's report as soon as it is known. */
  readonly onFile?: (report: FileReport) => void;
  /** Asked before each file: true stops the batch there, so every file is saved whole or not at all. */
  readonly cancelled?: () => boolean;
}

/** A batch's report; `cancelled` lists the files not imported when the batch was stopped. */
export interface BoundedImportReport extends ImportReport {
  readonly cancelled?: readonly string[];
}

/**
 * importInputs with each file read by a bounded parser (a worker with a time and memory limit): a file that
 * hangs or swells is refused on its own and the batch goes on. Progress and each file's report are heard as they
 * happen, so a long batch shows progress instead of printing only at the end; between files the loop yields a
 * turn, so a window stays responsive and a cancel can arrive.
 */
export async function importInputsBounded(store: Store, profile: Profile, files: readonly InputFile[], options: ImportOptions, parser: BoundedParser, watch: ImportWatch = {}): Promise<BoundedImportReport> {
  const reports: FileReport[] = [];
  const total = files.length;
  const reading: Promise<Read>[] = [];
  for (const [done, file] of files.entries()) {
    watch.onProgress?.({ done, total, current: file.name });
    await nextTurn();
    if (watch.cancelled?.() === true) {
      watch.onProgress?.({ done, total });
      return { ...batchReport(reports), cancelled: files.slice(done).map((f) => f.name) };
    }
    // The next files are handed out before this one is stored, so the workers never wait for this thread; they are
    // stored strictly in order, and a cancel leaves the ones read ahead unstored.
    while (reading.length < Math.min(total, done + READ_AHEAD)) reading.push(read(parser, files[reading.length]!, profile));
    const outcome = await reading[done]!;
    reading[done] = DONE; // what it read is about to be stored: not kept for the rest of the batch
    const report = 'parsed' in outcome ? storeParsed(store, file, outcome.parsed, options) : unexpectedReport(file, outcome.error);
    watch.onFile?.(report);
    reports.push(report);
  }
  watch.onProgress?.({ done: total, total });
  return batchReport(reports);
}
