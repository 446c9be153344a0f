/**
 * The render worker's entry (a node:worker_threads Worker started by worker-renderer.ts): renders each job
 * it is sent and answers with the bytes or the error message, so a ~1 s render never blocks the main
 * process's event loop (IPC, menus and window stay responsive). No electron import: runs in plain Node too.
 */
import { parentPort } from 'node:worker_threads';
import type { RenderJob } from './render-job.ts';
import { runRenderJob } from './run-render-job.ts';

/** A request from the main thread. */
export interface RenderRequest {
  readonly id: number;
  readonly job: RenderJob;
}

/** The answer to one request. */
export type RenderReply =
  | { readonly id: number; readonly ok: true; readonly bytes: Uint8Array }
  | { readonly id: number; readonly ok: false; readonly message: string };

parentPort?.on('message', (request: RenderRequest) => void answer(request));

async function answer({ id, job }: RenderRequest): Promise<void> {
  const reply: RenderReply = await runRenderJob(job).then(
    (bytes) => ({ id, ok: true, bytes }) as const,
    (error: unknown) => ({ id, ok: false, message: error instanceof Error ? error.message : String(error) }) as const,
  );
  parentPort?.postMessage(reply);
}
