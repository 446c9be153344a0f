/**
 * The entry of the worker thread that parses one file at a time for boundedParser: a file that makes the
 * spreadsheet library spin or swell can then be stopped from outside without stopping the batch.
 */
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { InputFile, ParsedFile, Profile, Result } from '../model.ts';

// The reader's modules are compiled with the starting thread's V8 code cache when it uses one (the CLI does): a
// fresh worker then starts in ~⅓ of the time. Loaded after enabling it, hence the dynamic import.
if (typeof workerData?.compileCacheDir === 'string') enableCompileCache?.(workerData.compileCacheDir);
const { parseInput } = await import('./parse-input.ts');

/** A file to parse, numbered so a late reply from a stopped job is never taken for the next one's. */
export interface ParseRequest {
  readonly id: number;
  readonly file: InputFile;
  readonly profile: Profile;
}

/** What parseInput returned for the request `id`; an unexpected throw comes back as `thrown`. */
export type ParseReply = { readonly id: number; readonly result: Result<ParsedFile> } | { readonly id: number; readonly thrown: string };

// The spreadsheet library's own console output is English for developers: never shown to the user.
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) console[method] = () => undefined;

parentPort?.on('message', (request: ParseRequest) => {
  try {
    parentPort!.postMessage({ id: request.id, result: parseInput(request.file, request.profile) } satisfies ParseReply);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, thrown: error instanceof Error ? error.message : String(error) } satisfies ParseReply);
  }
});
