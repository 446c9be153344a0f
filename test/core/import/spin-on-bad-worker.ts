/** The real parse worker, except that a file named 坏… spins for ever (as SheetJS does on some damaged files). */
import { parentPort } from 'node:worker_threads';

// Registered before the real worker's own listener, so it sees each request first and never returns on a bad one.
parentPort?.on('message', (request: { file?: { name: string } }) => {
  if (request.file?.name.startsWith('坏') === true) for (;;) { /* spin */ }
});
await import('../../../electron/core/import/parse-worker.ts');
