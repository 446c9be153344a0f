import { setImmediate as nextTurn } from 'node:timers/promises';
import type { InputFile, Profile } from '../model.ts';
import type { BoundedParser } from '../import/bounded-parser.ts';
import type { Store } from '../store/store.ts';
import type { FileReport, ImportReport } from './import-report.ts';
import { batchReport, storeParsed, unexpectedReport, type ImportOptions } from './import-inputs.ts';

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
  for (const [done, file] of files.entries()) {
    watch.onProgress?.({ done, total, current: file.name });
    await nextTurn();
    if (watch.cancelled?.() === true) {
      watch.onProgress?.({ done, total });
      return { ...batchReport(reports), cancelled: files.slice(done).map((f) => f.name) };
    }
    const report = await parser.parse(file, profile).then((parsed) => storeParsed(store, file, parsed, options), (error: unknown) => unexpectedReport(file, error));
    watch.onFile?.(report);
    reports.push(report);
  }
  watch.onProgress?.({ done: total, total });
  return batchReport(reports);
}
