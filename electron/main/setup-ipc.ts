/** Wires the handler map to the window: dialogs attached to it, progress sent to it, senders checked against it. */
import { app, type BrowserWindow } from 'electron';
import type { Store } from '../core/core-api.ts';
import { PROGRESS_CHANNEL, type Progress } from '../shared/ipc-contract.ts';
import { createAllowedPaths } from './allowed-paths.ts';
import { databasePath } from './app-paths.ts';
import type { AppCore } from './app-core.ts';
import { electronDialogs } from './electron-dialogs.ts';
import { createHandlers } from './handlers/create-handlers.ts';
import { isTrustedSender, type TrustedPage } from './ipc/is-trusted-sender.ts';
import { registerIpc } from './ipc/register-ipc.ts';

/** Registers every channel for `window`, which must be showing `pageUrl`. */
export function setupIpc(window: BrowserWindow, pageUrl: string, store: Store, core: AppCore): void {
  const handlers = createHandlers({
    store,
    core,
    now: () => new Date(),
    dialogs: electronDialogs(window),
    allowed: createAllowedPaths(),
    push: (progress) => sendProgress(window, progress),
    version: app.getVersion(),
    dataFolder: app.getPath('userData'),
    databaseFile: databasePath(app.getPath('userData')),
  });
  const page: TrustedPage = { webContentsId: window.webContents.id, url: pageUrl };
  registerIpc(handlers, (event) => isTrustedSender(event, page));
}

function sendProgress(window: BrowserWindow, progress: Progress): void {
  if (!window.isDestroyed()) window.webContents.send(PROGRESS_CHANNEL, progress);
}
