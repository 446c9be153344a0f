/**
 * Renders in one long-lived worker thread (render-worker.ts), started on the first job. The worker only
 * holds the process open while it has work. Should it fail to start or die (a packaging problem, say),
 * its jobs and all later ones run in the main thread instead: slower for the window, same bytes.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Renderer, RenderJob } from './render-job.ts';
import type { RenderReply } from './render-worker.ts';
import { runRenderJob } from './run-render-job.ts';

/** render-worker.ts next to this file from the sources (tests), render-worker.js from the compiled build/. */
export const RENDER_WORKER_ENTRY = new URL(`./render-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

interface Pending {
  readonly job: RenderJob;
  resolve(bytes: Uint8Array): void;
  reject(error: Error): void;
}

interface State {
  worker: Worker | null;
  broken: boolean;
  next: number;
  readonly pending: Map<number, Pending>;
}

/** A renderer backed by a worker started from `entry`. */
export function workerRenderer(entry: URL = RENDER_WORKER_ENTRY): Renderer {
  const state: State = { worker: null, broken: false, next: 0, pending: new Map() };
  return (job) => (state.broken ? runRenderJob(job) : post(state, entry, job));
}

function post(state: State, entry: URL, job: RenderJob): Promise<Uint8Array> {
  const worker = (state.worker ??= start(state, entry));
  const id = state.next++;
  return new Promise((resolve, reject) => {
    state.pending.set(id, { job, resolve, reject });
    worker.ref();
    worker.postMessage({ id, job });
  });
}

function start(state: State, entry: URL): Worker {
  const worker = new Worker(entry);
  worker.on('message', (reply: RenderReply) => settle(state, worker, reply));
  worker.on('error', (error) => fallBack(state, error));
  worker.on('exit', (code) => fallBack(state, new Error(`渲染线程已退出（${code}）`)));
  worker.unref();
  return worker;
}

function settle(state: State, worker: Worker, reply: RenderReply): void {
  const pending = state.pending.get(reply.id);
  if (pending === undefined) return;
  state.pending.delete(reply.id);
  if (state.pending.size === 0) worker.unref();
  if (reply.ok) pending.resolve(reply.bytes);
  else pending.reject(new Error(reply.message));
}

/** The worker is gone: finish what it held here, and render here from now on. */
function fallBack(state: State, error: unknown): void {
  if (!state.broken) console.error('渲染线程不可用，改在主线程中渲染：', error);
  state.broken = true;
  state.worker = null;
  for (const { job, resolve, reject } of state.pending.values()) runRenderJob(job).then(resolve, reject);
  state.pending.clear();
}
