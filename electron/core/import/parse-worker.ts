/**
 * The entry of the worker thread that parses one file at a time for boundedParser: a file that makes the
 * spreadsheet library spin or swell can then be stopped from outside without stopping the batch.
 */
import { readFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { InputFile, ParsedFile, Profile, Result } from '../model.ts';
import type { StreamedFile } from './records/parse-records-stream.ts';

// The reader's modules are compiled with the starting thread's V8 code cache when it uses one (the CLI does): a
// fresh worker then starts in ~⅓ of the time. Loaded after enabling it, hence the dynamic imports.
if (typeof workerData?.compileCacheDir === 'string') enableCompileCache?.(workerData.compileCacheDir);
const { parseInput } = await import('./parse-input.ts');
const { parseRecordsStream } = await import('./records/parse-records-stream.ts');

/** A file to parse, numbered so a late reply from a stopped job is never taken for the next one's. */
export type ParseRequest = { readonly id: number; readonly file: InputFile; readonly profile: Profile }
  /** A large file that may be a donation-records export: streamed from its path, its bytes never copied here. */
  | { readonly id: number; readonly streamed: StreamedFile; readonly profile: Profile };

/** What parseInput returned for the request `id`; an unexpected throw comes back as `thrown`. */
export type ParseReply = { readonly id: number; readonly result: Result<ParsedFile> } | { readonly id: number; readonly thrown: string };

// The spreadsheet library's own console output is English for developers: never shown to the user.
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) console[method] = () => undefined;

parentPort?.on('message', (request: ParseRequest) => {
  parse(request).then(
    (result) => parentPort!.postMessage({ id: request.id, result } satisfies ParseReply),
    (error: unknown) => parentPort!.postMessage({ id: request.id, thrown: error instanceof Error ? error.message : String(error) } satisfies ParseReply),
  );
});

/** A large donation-records export is streamed row by row; a large file that is no export is read whole after all. */
async function parse(request: ParseRequest): Promise<Result<ParsedFile>> {
  if ('file' in request) return parseInput(request.file, request.profile);
  const { streamed, profile } = request;
  return (await parseRecordsStream(streamed, profile)) ?? parseInput({ name: streamed.name, bytes: new Uint8Array(readFileSync(streamed.path)) }, profile);
}
