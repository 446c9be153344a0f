import type { InputFile, Profile } from '../model.ts';
import { parseInput } from '../import/parse-input.ts';
import type { Store } from '../store/store.ts';
import type { FileReport, ImportReport } from './import-report.ts';
import { batchReport, storeParsed, unexpectedReport, type ImportOptions } from './store-parsed.ts';

export { batchReport, storeParsed, unexpectedReport, type ImportOptions } from './store-parsed.ts';

/** Parses and stores each file on its own: a file with any error stores nothing, the others still import. */
export function importInputs(store: Store, profile: Profile, files: readonly InputFile[], options: ImportOptions): ImportReport {
  return batchReport(files.map((file) => importOne(store, profile, file, options)));
}

function importOne(store: Store, profile: Profile, file: InputFile, options: ImportOptions): FileReport {
  try {
    return storeParsed(store, file, parseInput(file, profile), options);
  } catch (error) {
    return unexpectedReport(file, error);
  }
}

