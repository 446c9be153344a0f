/**
 * Builds the main process and preload exactly as `npm run build:main` does (tsc → build/, which also
 * typechecks the CommonJS preload the root typecheck cannot see), then boots the compiled
 * build/main/main.js against the mocked `electron`: the JavaScript that ships, not the TypeScript source.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { electron } from './use-electron-mock.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
let appData: string;

before(async () => {
  await promisify(execFile)(process.execPath, [TSC, '-p', 'electron/tsconfig.json'], { cwd: ROOT }).catch((error: { stdout?: string }) => {
    throw new Error(`npm run build:main failed:\n${error.stdout ?? String(error)}`);
  });
  appData = await mkdtemp(join(tmpdir(), 'blood-brief-compiled-'));
  electron.appPaths.set('appData', appData);
  await import(pathToFileURL(join(ROOT, 'build/main/main.js')).href);
});

after(async () => {
  for (const close of electron.appListeners.get('window-all-closed') ?? []) close();
  await rm(appData, { recursive: true, force: true });
});

describe('compiled main process (build/)', () => {
  it('emits a CommonJS preload that requires nothing but electron (sandboxed preloads cannot)', async () => {
    const preload = await readFile(join(ROOT, 'build/preload/preload.cjs'), 'utf8');
    assert.deepEqual([...preload.matchAll(/require\(['"]([^'"]+)['"]\)/g)].map((m) => m[1]), ['electron']);
    assert.doesNotMatch(preload, /^\s*(import|export)\s/m);
  });

  it('boots: loads app://renderer/index.html with build/preload/preload.cjs and answers IPC', async () => {
    const [window] = electron.windows;
    assert.equal(window.loaded, 'app://renderer/index.html');
    assert.equal((window.options as { webPreferences: { preload: string } }).webPreferences.preload, join(ROOT, 'build/preload/preload.cjs'));
    const event = { sender: { id: window.webContents.id }, senderFrame: { url: window.loaded!, parent: null } };
    const info = await electron.ipcHandlers.get('getAppInfo')!(event, {}) as { ok: boolean; value: { dataFolder: string } };
    assert.equal(info.value.dataFolder, join(appData, 'blood-brief'));
  });

  it('starts the compiled render worker (build/main/render/render-worker.js) and hears back from it', async (t) => {
    const compiled = await import(pathToFileURL(join(ROOT, 'build/main/render/worker-renderer.js')).href) as typeof import('../../electron/main/render/worker-renderer.ts');
    assert.equal(fileURLToPath(compiled.RENDER_WORKER_ENTRY), join(ROOT, 'build/main/render/render-worker.js'));
    const fellBack = t.mock.method(console, 'error', () => undefined);
    // Statistics without a quarter make the core throw inside the worker; the worker answers with the message.
    await assert.rejects(compiled.workerRenderer()({ kind: 'tablesPdf', statistics: {} as never, now: 0 }), Error);
    assert.equal(fellBack.mock.callCount(), 0);
  });

  it('serves app:// from build/renderer only: the compiled main.js next to it is out of reach', async () => {
    const serve = electron.protocolHandlers.get('app')!;
    assert.equal((await serve(new Request('app://renderer/..%2fmain%2fmain.js'))).status, 404);
  });
});
