import type { InputFile, Profile } from '../model.ts';
import type { BoundedParser } from '../import/bounded-parser.ts';
import type { Store } from '../store/store.ts';
import type { FileReport, ImportReport } from './import-report.ts';
import { batchReport, storeParsed, unexpectedReport, type ImportOptions } from './import-inputs.ts';

/**
 * importInputs with each file read by a bounded parser (a worker with a time and memory limit): a file that
 * hangs or swells is refused on its own and the batch goes on. `onFile` hears each file's report as soon
 * as it is known, so a long batch shows progress instead of printing only at the end.
 */
export async function importInputsBounded(store: Store, profile: Profile, files: readonly InputFile[], options: ImportOptions, parser: BoundedParser, onFile: (report: FileReport) => void = () => undefined): Promise<ImportReport> {
  const reports: FileReport[] = [];
  for (const file of files) {
    const report = await parser.parse(file, profile).then((parsed) => storeParsed(store, file, parsed, options), (error: unknown) => unexpectedReport(file, error));
    onFile(report);
    reports.push(report);
  }
  return batchReport(reports);
}
