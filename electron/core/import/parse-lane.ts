import { getCompileCacheDir } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { InputFile, ParsedFile, Profile, Result } from '../model.ts';
import type { ParseReply, ParseRequest } from './parse-worker.ts';
import type { StreamedFile } from './records/parse-records-stream.ts';

/** How long one file may take and how much JavaScript heap its reading may use (young generation optional). */
export interface LaneLimits {
  readonly seconds: number;
  readonly heapMb: number;
  readonly youngMb?: number;
}

/** What one job sends: a file's bytes, or a large file's path to stream. */
export type Job = { readonly file: InputFile } | { readonly streamed: StreamedFile };

/** One worker thread and the files handed to it, read in the order given. */
export interface ParseLane {
  /** Files handed to this lane and not yet answered. */
  readonly pending: () => number;
  run(job: Job, limits: LaneLimits, file: InputFile, profile: Profile): Promise<Result<ParsedFile>>;
  /** Starts the worker now (with these limits) if none is running, so its start overlaps the caller's work. */
  start(limits: LaneLimits): void;
  /** Stops the worker; what it still had is answered as a worker that exited. */
  close(): Promise<void>;
}

interface Pending {
  readonly request: ParseRequest;
  readonly limits: LaneLimits;
  readonly file: InputFile;
  readonly resolve: (result: Result<ParsedFile>) => void;
  timer?: ReturnType<typeof setTimeout>;
  /** Bytes copied to the worker with the request, once posted. */
  held?: number;
}

/** What a worker may hold beyond the file it reads: its queue holds a copy of each file handed to it. */
const HELD_BYTES = 16 * 1024 * 1024;

// The entry is plain JavaScript: a TypeScript entry would be compiled before it could turn the code cache on, and
// that alone loads the type stripper into every worker (~100 ms). Everything it imports then comes from the cache.
const BOOT = `const { workerData } = require('node:worker_threads');
if (typeof workerData.compileCacheDir === 'string') require('node:module').enableCompileCache?.(workerData.compileCacheDir);
import(workerData.entry);`;

/**
 * A worker that may hold several files at once, up to HELD_BYTES (the next ones wait in its message queue, so each
 * starts the moment the previous answer is sent, without waiting for this thread): each file's time limit runs from
 * when the file ahead of it has been answered, so no file has less than its time. A file that hangs the reader or
 * exhausts its heap is refused, the worker replaced, and the files behind it handed to the new one.
 */
export function parseLane(entry: URL): ParseLane {
  const jobs: Pending[] = [];
  let worker: Worker | null = null;
  let next = 0;
  // jobs[0 .. posted) are in the current worker's queue, holding `held` bytes.
  let posted = 0;
  let held = 0;

  const startTimer = () => {
    const head = jobs[0];
    if (head !== undefined) head.timer = setTimeout(() => fail(tooSlow(head.limits)), head.limits.seconds * 1000);
  };
  const answer = (result: Result<ParsedFile>) => {
    const head = jobs.shift()!;
    clearTimeout(head.timer);
    if (head.held !== undefined) (posted -= 1, held -= head.held);
    head.resolve(result);
  };
  const onMessage = (from: Worker, reply: ParseReply) => {
    if (from !== worker || jobs[0]?.request.id !== reply.id) return;
    answer('thrown' in reply ? refused(jobs[0].file, unexpected(reply.thrown)) : reply.result);
    post(from);
    if (jobs.length === 0) from.unref();
    else startTimer();
  };
  /** The file being read is refused with `message`; the worker is stopped and the files behind it resent. */
  const fail = (message: string) => {
    const stopped = worker;
    worker = null;
    void stopped?.terminate();
    answer(refused(jobs[0]!.file, message));
    if (jobs.length === 0) return;
    for (const job of jobs.slice(0, posted)) job.held = undefined;
    [posted, held] = [0, 0];
    post(current(jobs[0]!.limits));
    startTimer();
  };
  /** Hands the worker the next files while it holds less than HELD_BYTES (always at least the one it reads). */
  const post = (to: Worker) => {
    for (let job = jobs[posted]; job !== undefined && (posted === 0 || held < HELD_BYTES); job = jobs[posted]) {
      job.held = 'file' in job.request ? job.request.file.bytes.byteLength : 0;
      to.postMessage(job.request);
      [posted, held] = [posted + 1, held + job.held];
    }
  };
  const current = (limits: LaneLimits): Worker => {
    if (worker !== null) return worker;
    const started = new Worker(BOOT, { eval: true, workerData: { compileCacheDir: getCompileCacheDir?.(), entry: entry.href }, resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: limits.youngMb ?? 32 } });
    started.on('message', (reply: ParseReply) => onMessage(started, reply));
    started.on('error', (error: Error & { code?: string }) => {
      if (started === worker) fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooMuchMemory(jobs[0]!.limits) : unexpected(error.message));
    });
    started.on('exit', (code: number) => {
      // An idle worker that dies is simply replaced by the next file; one that was reading refuses that file.
      if (started !== worker) return;
      if (jobs.length === 0) worker = null;
      else fail(unexpected(`读取线程意外退出（${code}）`));
    });
    started.unref();
    return (worker = started);
  };

  return {
    pending: () => jobs.length,
    start: (limits) => void current(limits),
    run: (job, limits, file, profile) => new Promise((resolve) => {
      const request = { id: next++, ...job, profile } satisfies ParseRequest;
      const target = current(limits);
      jobs.push({ request, limits, file, resolve });
      target.ref();
      post(target);
      if (jobs.length === 1) startTimer();
    }),
    close: async () => {
      const stopped = worker;
      worker = null;
      for (const job of jobs) job.held = undefined;
      [posted, held] = [0, 0];
      while (jobs.length > 0) answer(refused(jobs[0]!.file, unexpected('读取线程意外退出（1）')));
      await stopped?.terminate();
    },
  };
}

function refused(file: InputFile, message: string): Result<ParsedFile> {
  return { ok: false, problems: [{ file: file.name, message }] };
}

/** The wording: the user learns the file is the cause and that nothing was stored. */
function tooSlow(limits: LaneLimits): string {
  return `文件已损坏或过于复杂，无法在${limits.seconds}秒内读取，未导入任何数据：请用 Excel 或 WPS 打开确认后重新保存（删去多余的工作表和空行），或请报送单位重新发送。`;
}

function tooMuchMemory(limits: LaneLimits): string {
  return `文件已损坏或过于复杂，读取所需内存超过 ${limits.heapMb} MB，未导入任何数据：请用 Excel 或 WPS 打开确认后重新保存（删去多余的工作表和空行），或请报送单位重新发送。`;
}

function unexpected(detail: string): string {
  return `读取时发生意外错误（${detail.slice(0, 200)}），未导入任何数据。请把该文件发给技术支持。`;
}
