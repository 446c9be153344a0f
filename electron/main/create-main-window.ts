/**
 * The one window: sized for the 1366×768 office screen, shown when painted, with locked-down webPreferences
 * (Electron security checklist #2–#4, #6–#9). The preferences are written out literally in the constructor
 * call so that electronegativity can verify them.
 */
import { BrowserWindow, screen } from 'electron';

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
    webPreferences: {
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
      // Middle-click must not open links in new windows (also refused by setWindowOpenHandler).
      disableBlinkFeatures: 'Auxclick',
      // Chromium's built-in PDF viewer shows the briefing preview (a blob: URL in an iframe); it needs plugins.
      plugins: true,
    },
  });
  window.once('ready-to-show', () => {
    if (area.width <= 1366) window.maximize();
    window.show();
  });
  return window;
}
