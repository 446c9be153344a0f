import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { electron } from './use-electron-mock.ts';

const { setupSecurity, hardenContents, denyPermissions } = await import('../../electron/main/setup-security.ts');
const { createMainWindow } = await import('../../electron/main/create-main-window.ts');

/** A webContents that records listeners and its window-open handler. */
function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, ...rest: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => unknown) | null = null;
  return {
    listeners,
    open: (url: string) => openHandler?.({ url }),
    on(event: string, listener: (event: { preventDefault(): void }) => void) {
      listeners.set(event, listener);
      return this;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      openHandler = handler;
    },
  };
}

function prevented(listener: ((event: { preventDefault(): void }, ...rest: unknown[]) => void) | undefined, ...rest: unknown[]): boolean {
  let stopped = false;
  listener?.({ preventDefault: () => { stopped = true; } }, ...rest);
  return stopped;
}

describe('setupSecurity', () => {
  it('hardens every webContents the app creates', () => {
    setupSecurity();
    const contents = fakeContents();
    for (const listener of electron.appListeners.get('web-contents-created') ?? []) listener({}, contents);
    assert.equal(prevented(contents.listeners.get('will-navigate'), 'https://evil.example/'), true);
  });

  it('refuses navigation, redirects, webviews and new windows', () => {
    const contents = fakeContents();
    hardenContents(contents as never);
    assert.equal(prevented(contents.listeners.get('will-navigate'), 'file:///C:/Users/a/dropped.xlsx'), true);
    assert.equal(prevented(contents.listeners.get('will-redirect'), 'https://evil.example/'), true);
    assert.equal(prevented(contents.listeners.get('will-attach-webview')), true);
    assert.deepEqual(contents.open('https://evil.example/'), { action: 'deny' });
  });

  it('denies every permission request and check', () => {
    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
    let checkHandler: ((...args: unknown[]) => boolean) | null = null;
    denyPermissions({
      setPermissionRequestHandler: (h: typeof requestHandler) => { requestHandler = h; },
      setPermissionCheckHandler: (h: typeof checkHandler) => { checkHandler = h; },
    } as never);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) requestHandler!({}, permission, (g) => answers.push(g));
    assert.deepEqual(answers, [false, false, false, false]);
    assert.equal(checkHandler!({}, 'clipboard-read'), false);
  });
});

describe('createMainWindow', () => {
  it('keeps the renderer isolated and sandboxed, without Node', () => {
    const window = createMainWindow('/app/build/preload/preload.cjs') as unknown as { options: { webPreferences: Record<string, unknown> } };
    const prefs = window.options.webPreferences;
    assert.equal(prefs.preload, '/app/build/preload/preload.cjs');
    assert.equal(prefs.contextIsolation, true);
    assert.equal(prefs.sandbox, true);
    assert.equal(prefs.nodeIntegration, false);
    assert.equal(prefs.nodeIntegrationInSubFrames, false);
    assert.equal(prefs.nodeIntegrationInWorker, false);
    assert.equal(prefs.webSecurity, true);
    assert.equal(prefs.allowRunningInsecureContent, false);
    assert.equal(prefs.webviewTag, false);
    assert.equal(prefs.navigateOnDragDrop, false);
    assert.equal(prefs.disableBlinkFeatures, 'Auxclick');
  });
});
