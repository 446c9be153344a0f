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
import { buildRenderer } from './build-renderer.ts';
import { launchChromium, type ChromiumOptions } from './chromium.ts';
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
    push: (p) => (progress.push(p), server.push(p)), version: '0.1.0-test', dataFolder: dir, databaseFile: dbPath,
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

/** An e2e session: a scratch folder, the built renderer, a browser, and the app over them. */
export interface BrowserSession {
  readonly dir: string;
  readonly app: AppHarness;
  close(): Promise<void>;
}

/**
 * What every e2e file starts with: a scratch folder (`prepare` writes its inputs there and returns the folder
 * the page's drops come from), the renderer built into it and a headless browser launched at once, then the app.
 */
export async function openAppInBrowser(prefix: string, options: { now: Date; prepare: (dir: string) => Promise<string>; browser?: ChromiumOptions }): Promise<BrowserSession> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const [rendererDir, dropFolder, browser] = await Promise.all([buildRenderer(join(dir, 'renderer')), options.prepare(dir), launchChromium(options.browser)]);
  const app = await startApp(browser.context, rendererDir, { now: options.now, dropFolder });
  return {
    dir, app,
    close: async () => {
      await app.close();
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
