/**
 * Boots electron/main/main.ts against the mocked `electron`: the real wiring (data folder, database, window,
 * IPC over the real core) with no Electron binary. Then talks to it the way the page would.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { electron } from './use-electron-mock.ts';

const appData = await mkdtemp(join(tmpdir(), 'blood-brief-main-'));
electron.appPaths.set('appData', appData);
await import('../../electron/main/main.ts');
const [window] = electron.windows;

after(async () => {
  for (const close of electron.appListeners.get('window-all-closed') ?? []) close();
  await rm(appData, { recursive: true, force: true });
});

/** The event of a call from our page in our window. */
function fromPage(): object {
  return { sender: { id: window.webContents.id }, senderFrame: { url: window.loaded ?? '', parent: null } };
}

function call(channel: string, payload: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return electron.ipcHandlers.get(channel)!(fromPage(), payload) as Promise<{ ok: boolean; value?: unknown; error?: string }>;
}

describe('main process', () => {
  it('keeps its data in appData/blood-brief and creates the database there', async () => {
    assert.equal(electron.app.getPath('userData'), join(appData, 'blood-brief'));
    assert.ok((await stat(join(appData, 'blood-brief', 'blood-brief.sqlite'))).isFile());
  });

  it('opens one locked-down window on the built page with the sandboxed preload', () => {
    assert.equal(electron.windows.length, 1);
    const prefs = (window.options as { webPreferences: Record<string, unknown> }).webPreferences;
    assert.match(String(prefs.preload), /preload[\\/]preload\.cjs$/);
    assert.equal(prefs.sandbox, true);
    assert.equal(window.loaded, 'app://renderer/index.html');
  });

  it('serves the page from a privileged app:// scheme, refusing anything outside the renderer folder', async () => {
    assert.deepEqual(electron.privilegedSchemes, [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const serve = electron.protocolHandlers.get('app')!;
    assert.equal((await serve(new Request('app://renderer/..%2fmain%2fmain.ts'))).status, 404);
    assert.equal((await serve(new Request('app://renderer/blood-brief.sqlite'))).status, 404);
  });

  it('denies permissions and hardens new webContents', () => {
    const granted: boolean[] = [];
    electron.permissionHandlers.request?.({}, 'media', (g: boolean) => granted.push(g));
    assert.deepEqual(granted, [false]);
    assert.equal(electron.appListeners.get('web-contents-created')?.length, 1);
  });

  it('answers the page over the real core', async () => {
    const info = await call('getAppInfo', {});
    assert.equal(info.ok, true);
    assert.deepEqual((info.value as { dataFolder: string; hasProfile: boolean; version: string }).dataFolder, join(appData, 'blood-brief'));
    const saved = await call('saveProfile', { profile: { station: '渭南市中心血站', region: '渭南市', counties: [{ name: '华阴市', aliases: ['华阴'], population: { 2024: 202100 } }] } });
    assert.deepEqual(saved, { ok: true, value: { ok: true } });
    assert.equal(((await call('getProfile', {})).value as { counties: { name: string }[] }).counties[0].name, '华阴市');
  });

  it('refuses a frame that is not our page, and a path the user never chose', async () => {
    const stranger = await electron.ipcHandlers.get('getProfile')!({ sender: { id: 99 }, senderFrame: { url: 'https://evil.example/', parent: null } }, {});
    assert.deepEqual(stranger, { ok: false, error: '请求来源不受信任，已拒绝。' });
    const localFile = await electron.ipcHandlers.get('getProfile')!({ sender: { id: window.webContents.id }, senderFrame: { url: 'file:///tmp/index.html', parent: null } }, {});
    assert.deepEqual(localFile, { ok: false, error: '请求来源不受信任，已拒绝。' });
    const unchosen = await call('importInputs', { paths: [appData], replace: false });
    assert.match(unchosen.error ?? '', /已拒绝读取/);
  });
});
