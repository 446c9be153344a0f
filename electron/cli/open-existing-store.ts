import { existsSync } from 'node:fs';
import { openStore, type Store } from '../core/core-api.ts';
import type { CliIo } from './cli-io.ts';
import { writeLines } from './cli-io.ts';

/**
 * Runs `work` on the existing database `db` and closes it; a missing file is named (exit 1) rather than created,
 * and a refusal the store explains in Chinese (an undo that later data contradicts) is printed, exit 1.
 */
export async function withExistingStore(db: string, io: CliIo, work: (store: Store) => Promise<number> | number): Promise<number> {
  if (!existsSync(db)) return (writeLines(io.stderr, [`${db}：找不到数据库文件。`]), 1);
  const store = openStore(db);
  try {
    return await work(store);
  } catch (error) {
    return (writeLines(io.stderr, [error instanceof Error ? error.message : String(error)]), 1);
  } finally {
    store.close();
  }
}
