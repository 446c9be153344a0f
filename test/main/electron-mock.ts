/**
 * A stand-in for the `electron` module in main-process tests (the Electron binary cannot run here).
 * Records what the code under test registers (IPC handlers, app events, exposed preload APIs) so tests can
 * drive it. One instance per test process; use-electron-mock.ts routes every `electron` import here.
 */

type Listener = (...args: unknown[]) => unknown;

/** IPC handlers registered with ipcMain.handle, by channel. */
export const ipcHandlers = new Map<string, Listener>();

/** Listeners registered with app.on, by event. */
export const appListeners = new Map<string, Listener[]>();

/** What the preload exposed with contextBridge.exposeInMainWorld, by key. */
export const exposed = new Map<string, unknown>();

/** Calls the preload made with ipcRenderer.invoke, and the envelope each answers with. */
export const invocations: { channel: string; args: unknown[] }[] = [];
export const ipcRendererState = { reply: (channel: string, _args: unknown[]): unknown => ({ ok: true, value: `reply:${channel}` }) };
export const rendererListeners = new Map<string, Listener[]>();

export const ipcMain = {
  handle(channel: string, listener: Listener): void {
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, listener);
  },
  removeHandler(channel: string): void {
    ipcHandlers.delete(channel);
  },
};

/** Paths set with app.setPath (tests set appData to a temporary folder before loading main). */
export const appPaths = new Map<string, string>();

export const app = {
  isPackaged: false,
  name: 'Electron',
  setName(name: string) {
    app.name = name;
  },
  setPath(name: string, path: string) {
    appPaths.set(name, path);
  },
  setAppUserModelId: () => undefined,
  on(event: string, listener: Listener) {
    appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
    return app;
  },
  whenReady: () => Promise.resolve(),
  getPath: (name: string) => appPaths.get(name) ?? `/tmp/electron-mock/${name}`,
  getVersion: () => '0.0.0-test',
  requestSingleInstanceLock: () => true,
  quit: () => undefined,
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    exposed.set(key, api);
  },
};

export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    invocations.push({ channel, args });
    return Promise.resolve(ipcRendererState.reply(channel, args));
  },
  on(channel: string, listener: Listener) {
    rendererListeners.set(channel, [...(rendererListeners.get(channel) ?? []), listener]);
    return ipcRenderer;
  },
  removeListener(channel: string, listener: Listener) {
    rendererListeners.set(channel, (rendererListeners.get(channel) ?? []).filter((l) => l !== listener));
    return ipcRenderer;
  },
};

export const webUtils = {
  getPathForFile: (file: { name: string }) => (file.name.startsWith('fake:') ? '' : `/dropped/${file.name}`),
};

export const dialog = {
  showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
  showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }),
  showMessageBox: () => Promise.resolve({ response: 0 }),
};

export const shell = { openPath: () => Promise.resolve('') };
export const screen = { getPrimaryDisplay: () => ({ workAreaSize: { width: 1366, height: 728 } }) };
/** Permission handlers the app installed on the default session. */
export const permissionHandlers: { request?: (...args: unknown[]) => void; check?: (...args: unknown[]) => boolean } = {};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => void (permissionHandlers.request = handler),
    setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => void (permissionHandlers.check = handler),
  },
};

/** Schemes declared privileged before ready, and the protocol handlers installed after, by scheme. */
export const privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[] = [];
export const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void {
    privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    if (protocolHandlers.has(scheme)) throw new Error(`The scheme has been handled: ${scheme}`);
    protocolHandlers.set(scheme, handler);
  },
};

/** Every BrowserWindow created, in order. */
export const windows: BrowserWindow[] = [];
export const Menu = { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => undefined };

/** A BrowserWindow that remembers its options, the page it loaded and what was sent to it. */
export class BrowserWindow {
  readonly options: unknown;
  readonly sent: { channel: string; payload: unknown }[] = [];
  readonly webContents = { id: 1, send: (channel: string, payload: unknown) => void this.sent.push({ channel, payload }) };
  loaded: string | null = null;
  constructor(options: unknown) {
    this.options = options;
    windows.push(this);
  }
  once(): this {
    return this;
  }
  isDestroyed(): boolean {
    return false;
  }
  loadFile(path: string): Promise<void> {
    this.loaded = path;
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    return Promise.resolve();
  }
  restore(): void {}
  focus(): void {}
}

export default { ipcMain, app, contextBridge, ipcRenderer, webUtils, dialog, shell, screen, session, protocol, Menu, BrowserWindow };
