/**
 * The Electron main process, read as a table of contents (after Electron Fiddle's src/main/main.ts):
 * harden, wait for ready, open the database, create the window, wire menus and IPC, load the page.
 * Everything else lives in the setup modules and in the Electron-free handler map.
 */
import { app, session } from 'electron';
import { openStore } from '../core/store/open-store.ts';
import { databasePath, PRELOAD, RENDERER_PAGE, RENDERER_URL } from './app-paths.ts';
import { createMainWindow } from './create-main-window.ts';
import { realCore } from './real-core.ts';
import { setupIpc } from './setup-ipc.ts';
import { setupMenu } from './setup-menu.ts';
import { denyPermissions, setupSecurity } from './setup-security.ts';

if (!app.requestSingleInstanceLock()) app.quit();
else await start();

async function start(): Promise<void> {
  setupSecurity();
  await app.whenReady();
  denyPermissions(session.defaultSession);
  const dataFolder = app.getPath('userData');
  const store = openStore(databasePath(dataFolder));
  const window = createMainWindow(PRELOAD);
  setupMenu(window, dataFolder);
  setupIpc(window, RENDERER_URL, store, realCore());
  app.on('second-instance', () => window.isDestroyed() || (window.restore(), window.focus()));
  app.on('window-all-closed', () => {
    store.close();
    app.quit();
  });
  await window.loadFile(RENDERER_PAGE);
}
