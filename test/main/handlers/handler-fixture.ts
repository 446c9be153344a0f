/** A handler map over the real core, an in-memory store, scripted dialogs and a fixed clock. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAllowedPaths } from '../../../electron/main/allowed-paths.ts';
import { createHandlers } from '../../../electron/main/handlers/create-handlers.ts';
import type { Handlers } from '../../../electron/main/ipc/dispatch.ts';
import { realCore } from '../../../electron/main/real-core.ts';
import { openStore, type Store } from '../../../electron/core/store/open-store.ts';
import type { Progress } from '../../../electron/shared/ipc-contract.ts';
import { scriptedDialogs, type DialogScript } from './scripted-dialogs.ts';

/** Everything a handler test needs. */
export interface HandlerFixture {
  readonly handlers: Handlers;
  readonly store: Store;
  readonly script: DialogScript;
  readonly progress: Progress[];
  /** A fresh temporary folder for files the test writes. */
  readonly dir: string;
}

/** The sample set that ships with the app. */
export const SAMPLE = new URL('../../../templates/sample/', import.meta.url).pathname;

/** A fresh fixture at 2025-04-11 09:00 China time; with `databaseFile`, over that file (backups are made beside it). */
export async function handlerFixture(databaseFile?: string): Promise<HandlerFixture> {
  const store = openStore(databaseFile ?? ':memory:');
  const { dialogs, script } = scriptedDialogs();
  const progress: Progress[] = [];
  const handlers = createHandlers({
    store, core: await realCore(), now: () => new Date('2025-04-11T09:00:00+08:00'), dialogs, allowed: createAllowedPaths(),
    push: (p) => progress.push(p), version: 'test', dataFolder: '/data', ...(databaseFile === undefined ? {} : { databaseFile }),
  });
  return { handlers, store, script, progress, dir: await mkdtemp(join(tmpdir(), 'blood-brief-handlers-')) };
}
