/**
 * The Electron main process, read as a table of contents (after Electron Fiddle's src/main/main.ts):
 * name the app, declare the app:// scheme, harden, wait for ready, serve build/renderer over app://, open the
 * database, create the window, wire menus and IPC, load the page.
 * Everything else lives in the setup modules and in the Electron-free handler map.
 */
import { app, session, type BrowserWindow } from 'electron';
import { openStore } from '../core/core-api.ts';
import { databasePath, PRELOAD, RENDERER_ROOT, RENDERER_URL } from './app-paths.ts';
import { createMainWindow } from './create-main-window.ts';
import { realCore } from './real-core.ts';
import { handleAppProtocol, registerAppScheme } from './setup-app-protocol.ts';
import { setupAppIdentity } from './setup-app-identity.ts';
import { setupIpc } from './setup-ipc.ts';
import { setupMenu } from './setup-menu.ts';
import { denyPermissions, setupSecurity } from './setup-security.ts';

setupAppIdentity();
registerAppScheme();
if (!app.requestSingleInstanceLock()) app.quit();
else await start();

async function start(): Promise<void> {
  setupSecurity();
  await app.whenReady();
  denyPermissions(session.defaultSession);
  handleAppProtocol(RENDERER_ROOT);
  const dataFolder = app.getPath('userData');
  const store = openStore(databasePath(dataFolder));
  const window = createMainWindow(PRELOAD);
  setupMenu(window, dataFolder);
  setupIpc(window, RENDERER_URL, store, await realCore());
  app.on('second-instance', () => bringToFront(window));
  app.on('window-all-closed', () => {
    store.close();
    app.quit();
  });
  await window.loadURL(RENDERER_URL);
}

/** A second start (double-clicking the shortcut again) shows the running window instead. */
function bringToFront(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  window.restore();
  window.focus();
}
