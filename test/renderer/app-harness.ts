/**
 * The app without Electron: the real handler map over the real core and a temporary database, served to
 * headless Chromium through the test bridge. Dialogs are scripted; everything else is the shipped code.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { createAllowedPaths } from '../../electron/main/allowed-paths.ts';
import type { AppCore } from '../../electron/main/app-core.ts';
import { createHandlers } from '../../electron/main/handlers/create-handlers.ts';
import type { Handlers } from '../../electron/main/ipc/dispatch.ts';
import { CHANNELS } from '../../electron/main/ipc/payload-validators.ts';
import { openStore, type Store } from '../../electron/core/store/open-store.ts';
import type { Progress } from '../../electron/shared/ipc-contract.ts';
import { scriptedDialogs, type DialogScript } from '../main/handlers/scripted-dialogs.ts';
import { startBridgeServer, type BridgeServer } from './bridge-server.ts';
import { installPageBridge } from './page-bridge.ts';

/** A running app: its page, database, dialog script and folders. */
export interface AppHarness {
  readonly page: Page;
  readonly store: Store;
  readonly script: DialogScript;
  readonly dir: string;
  readonly dbPath: string;
  readonly dropFolder: string;
  readonly server: BridgeServer;
  /** Progress events main pushed to the page. */
  readonly progress: Progress[];
  /** Errors the page reported (console errors, uncaught exceptions, CSP violations). */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

/** Starts the app over a fresh database at a fixed clock. */
export async function startApp(context: BrowserContext, rendererDir: string, options: { now: Date; dropFolder: string; core?: AppCore }): Promise<AppHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'blood-brief-app-'));
  const dbPath = join(dir, 'blood-brief.sqlite');
  const store = openStore(dbPath);
  const { dialogs, script } = scriptedDialogs();
  let handlers: Handlers | null = null;
  const progress: Progress[] = [];
  const server = await startBridgeServer(rendererDir, () => handlers as Handlers);
  handlers = createHandlers({
    store, core: options.core ?? await (await import('../../electron/main/real-core.ts')).realCore(), now: () => options.now, dialogs, allowed: createAllowedPaths(),
    push: (p) => (progress.push(p), server.push(p)), version: '0.1.0-test', dataFolder: dir,
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.addInitScript(installPageBridge, { channels: CHANNELS, dropFolder: options.dropFolder });
  await page.goto(server.url);
  return {
    page, store, script, dir, dbPath, dropFolder: options.dropFolder, server, progress, pageErrors,
    close: async () => {
      await page.close();
      await server.close();
      store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
