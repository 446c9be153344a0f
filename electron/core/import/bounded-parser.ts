import { getCompileCacheDir } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputFile, ParsedFile, Profile, Result } from '../model.ts';
import type { ParseReply, ParseRequest } from './parse-worker.ts';
import { streamedFile, type StreamedFile } from './records/parse-records-stream.ts';

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

/** parseInput run where it can be stopped; one file at a time, in order. */
export interface BoundedParser {
  parse(file: InputFile, profile: Profile): Promise<Result<ParsedFile>>;
  /** Stops the worker; the parser can still be used afterwards (a new worker starts). */
  close(): Promise<void>;
}

interface State {
  worker: Worker | null;
  next: number;
  queue: Promise<unknown>;
  /** The worker for streamed records, with its smaller heap; started when the first one comes. */
  records: { worker: Worker | null; next: number };
}

/** What one job sends: a file's bytes, or a large file's path to stream. */
type Job = { readonly file: InputFile } | { readonly streamed: StreamedFile };

/**
 * A parser backed by one reused worker thread with V8 resource limits and a time limit per file: a file that
 * hangs the reader or exhausts its heap becomes one Chinese problem, the worker is replaced, and the batch
 * goes on. The pure parseInput stays the unit under test; this only bounds where it runs.
 */
export function boundedParser(limits: ParseLimits = PARSE_LIMITS, entry: URL = PARSE_WORKER_ENTRY): BoundedParser {
  const state: State = { worker: null, next: 0, queue: Promise.resolve(), records: { worker: null, next: 0 } };
  return {
    parse: (file, profile) => {
      const streamed = streamedFile(file);
      const run = state.queue.then(() => (streamed ? parseOne(state.records, recordsLimits(limits, streamed), entry, { streamed }, file, profile) : parseOne(state, limits, entry, { file }, file, profile)));
      state.queue = run.catch(() => undefined);
      return run;
    },
    close: async () => {
      const workers = [state.worker, state.records.worker];
      state.worker = null;
      state.records.worker = null;
      await Promise.all(workers.map((worker) => worker?.terminate()));
    },
  };
}

function parseOne(state: { worker: Worker | null; next: number }, limits: ParseLimits & { readonly youngMb?: number }, entry: URL, job: Job, file: InputFile, profile: Profile): Promise<Result<ParsedFile>> {
  const worker = (state.worker ??= start(state, limits, entry));
  const id = state.next++;
  return new Promise((resolve) => {
    const finish = (result: Result<ParsedFile>, stop: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      worker.unref();
      if (stop) {
        if (state.worker === worker) state.worker = null;
        void worker.terminate();
      }
      resolve(result);
    };
    const onMessage = (reply: ParseReply) => {
      if (reply.id !== id) return;
      finish('thrown' in reply ? refused(file, unexpected(reply.thrown)) : reply.result, false);
    };
    const onError = (error: Error & { code?: string }) => finish(refused(file, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooMuchMemory(limits) : unexpected(error.message)), true);
    const onExit = (code: number) => finish(refused(file, unexpected(`读取线程意外退出（${code}）`)), true);
    const timer = setTimeout(() => finish(refused(file, tooSlow(limits)), true), limits.seconds * 1000);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.ref();
    worker.postMessage({ id, ...job, profile } satisfies ParseRequest);
  });
}

function start(state: { worker: Worker | null }, limits: ParseLimits & { readonly youngMb?: number }, entry: URL): Worker {
  const worker = new Worker(entry, { workerData: { compileCacheDir: getCompileCacheDir?.() }, resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: limits.youngMb ?? 32 } });
  // An idle worker that dies is simply replaced by the next file; its error must not end the process.
  worker.on('error', () => undefined).on('exit', () => { if (state.worker === worker) state.worker = null; });
  worker.unref();
  return worker;
}

function refused(file: InputFile, message: string): Result<ParsedFile> {
  return { ok: false, problems: [{ file: file.name, message }] };
}

/** The wording: the user learns the file is the cause and that nothing was stored. */
function tooSlow(limits: ParseLimits): string {
  return `文件已损坏或过于复杂，无法在${limits.seconds}秒内读取，未导入任何数据：请用 Excel 或 WPS 打开确认后重新保存（删去多余的工作表和空行），或请报送单位重新发送。`;
}

function tooMuchMemory(limits: ParseLimits): string {
  return `文件已损坏或过于复杂，读取所需内存超过 ${limits.heapMb} MB，未导入任何数据：请用 Excel 或 WPS 打开确认后重新保存（删去多余的工作表和空行），或请报送单位重新发送。`;
}

function unexpected(detail: string): string {
  return `读取时发生意外错误（${detail.slice(0, 200)}），未导入任何数据。请把该文件发给技术支持。`;
}
