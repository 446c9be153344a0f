/**
 * The one window: sized for the 1366×768 office screen, shown when painted, with the locked-down
 * webPreferences every renderer of this app uses.
 */
import { BrowserWindow, screen, type WebPreferences } from 'electron';

/** Locked-down preferences (Electron security checklist #2–#4, #6–#9). */
export function securePreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // Chromium's built-in PDF viewer shows the briefing preview (a blob: URL in an iframe); it needs plugins.
    plugins: true,
  };
}

/** Creates the main window; maximised on screens no larger than 1366×768 so nothing is cut off. */
export function createMainWindow(preload: string): BrowserWindow {
  const area = screen.getPrimaryDisplay().workAreaSize;
  const window = new BrowserWindow({
    width: Math.min(1366, area.width),
    height: Math.min(860, area.height),
    minWidth: 1024,
    minHeight: 600,
    show: false,
    title: '血站季报',
    backgroundColor: '#f4f6f9',
    webPreferences: securePreferences(preload),
  });
  window.once('ready-to-show', () => {
    if (area.width <= 1366) window.maximize();
    window.show();
  });
  return window;
}
