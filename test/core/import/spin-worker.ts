/** A parse worker that never answers, as SheetJS does on some damaged files: it spins on every request. */
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => {
  for (;;) { /* spin like XLSX.read on a damaged stream */ }
});
