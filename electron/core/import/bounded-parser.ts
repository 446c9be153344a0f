import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputFile, ParsedFile, Profile, Result } from '../model.ts';
import { parseLane, type ParseLane } from './parse-lane.ts';
import type { StreamedFile } from './records/parse-records-stream.ts';

/** How long one file may take and how much JavaScript heap its reading may use. */
export interface ParseLimits {
  readonly seconds: number;
  readonly heapMb: number;
}

/** The bound for any single input: 10 s and 500 MB in all (the heap plus the worker's own cost). */
export const PARSE_LIMITS: ParseLimits = { seconds: 10, heapMb: 400 };

/**
 * A streamed donation-records export (issue 14) has bounds of its own: its memory does not grow with its rows, so
 * a small heap (which also keeps the process lean: V8 grows a heap it is allowed to), and a time that grows with its
 * size over the general 10 s — 1 s per 4 MB of CSV, 1 s per MB of .xlsx (compressed about sevenfold). A million rows
 * (~90 MB of CSV, ~50 MB of .xlsx) take ~5 s and ~15 s here on a loaded machine, well inside 32 s and 61 s.
 */
export function recordsLimits(limits: ParseLimits, file: Pick<StreamedFile, 'bytes' | 'csv'>): ParseLimits & { readonly youngMb: number } {
  const perSecond = (file.csv ? 4 : 1) * 1024 * 1024;
  return { seconds: limits.seconds + Math.ceil(file.bytes / perSecond), heapMb: Math.min(limits.heapMb, 128), youngMb: 8 };
}

/** parse-worker.ts from the sources (CLI, tests), parse-worker.js from the compiled build/. */
export const PARSE_WORKER_ENTRY = new URL(`./parse-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/** parseInput run where it can be stopped; the answers come per file, whatever order the workers finish in. */
export interface BoundedParser {
  parse(file: InputFile, profile: Profile): Promise<Result<ParsedFile>>;
  /** Starts the workers for ordinary files ahead of the first file (a worker takes ~100–200 ms to be ready). */
  start?(): void;
  /** Stops the workers; the parser can still be used afterwards (new workers start). */
  close(): Promise<void>;
}

/**
 * Workers for ordinary files. One, measured: a worker costs ~150–200 ms of CPU to start and a county's file 3 ms to
 * read, and while the worker reads, the CLI's main thread loads the PDF code and fonts on the other core, so a
 * second worker only competes with it (the bench's 108 files on the shared 2-core machine, 10 alternating runs:
 * ~180 ms more CPU and a slower median wall time). boundedParser takes more for a caller whose thread is free.
 */
export const PARSE_WORKERS = 1;

/**
 * A parser backed by reused worker threads with V8 resource limits and a time limit per file: a file that
 * hangs the reader or exhausts its heap becomes one Chinese problem, its worker is replaced, and the batch
 * goes on. The pure parseInput stays the unit under test; this only bounds where it runs. Ordinary files go to
 * the least busy of `workers` lanes; a streamed records export waits for every file before it and has the
 * records worker to itself (its memory bound assumes nothing else is being read), and the files after it wait for it.
 */
export function boundedParser(limits: ParseLimits = PARSE_LIMITS, entry: URL = PARSE_WORKER_ENTRY, workers: number = PARSE_WORKERS): BoundedParser {
  const lanes = Array.from({ length: Math.max(1, workers) }, () => parseLane(entry));
  const records = parseLane(entry);
  // Everything handed out so far, and the streamed exports (which later files wait for).
  let all: Promise<unknown> = Promise.resolve();
  let barrier: Promise<unknown> = Promise.resolve();
  return {
    parse: (file, profile) => {
      const kind = streamedFileOf(file);
      const before = { all, barrier };
      const run = kind.then((streamed) => (streamed
        ? before.all.then(() => records.run({ streamed }, recordsLimits(limits, streamed), file, profile))
        : before.barrier.then(() => leastBusy(lanes).run({ file }, limits, file, profile))));
      // Only that each has ended is kept, not the files' contents.
      barrier = Promise.all([before.barrier, kind.then((streamed) => (streamed ? run : undefined))]).then(() => undefined);
      all = Promise.all([all, run]).then(() => undefined);
      return run;
    },
    start: () => lanes.forEach((lane) => lane.start(limits)),
    close: async () => {
      await Promise.all([...lanes, records].map((lane) => lane.close()));
    },
  };
}

let streamedOf: Promise<(file: InputFile) => StreamedFile | null> | null = null;

/**
 * Whether the file goes to the row stream, with the stream's code loaded on the first file: the core's public face
 * exports this parser, so a static import would load that code (~20 ms) into every command, `--help` included.
 */
function streamedFileOf(file: InputFile): Promise<StreamedFile | null> {
  streamedOf ??= import('./records/parse-records-stream.ts').then((stream) => stream.streamedFile);
  return streamedOf.then((of) => of(file));
}

function leastBusy(lanes: readonly ParseLane[]): ParseLane {
  return lanes.reduce((best, lane) => (lane.pending() < best.pending() ? lane : best));
}
