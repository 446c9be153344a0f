import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { electron } from '../use-electron-mock.ts';

const { CHANNELS } = await import('../../../electron/main/ipc/payload-validators.ts');
createRequire(import.meta.url)('../../../electron/preload/preload.cts');

type Api = Record<string, (...args: unknown[]) => unknown>;
const api = electron.exposed.get('bloodBrief') as Api;

describe('preload', () => {
  it('exposes one window global, with one named method per channel plus onProgress, and nothing generic', () => {
    assert.deepEqual([...electron.exposed.keys()], ['bloodBrief']);
    assert.deepEqual(Object.keys(api).sort(), [...CHANNELS, 'onProgress'].sort());
    for (const generic of ['invoke', 'send', 'on', 'ipcRenderer', 'require']) assert.equal(api[generic], undefined);
  });

  it('sends each method to the channel of the same name with its argument', async () => {
    for (const channel of CHANNELS.filter((c) => c !== 'registerDropped')) {
      electron.invocations.length = 0;
      assert.equal(await api[channel]({ probe: channel }), `reply:${channel}`);
      assert.deepEqual(electron.invocations, [{ channel, args: [{ probe: channel }] }]);
    }
  });

  it('turns dropped File objects into paths via webUtils, leaving out files without one', async () => {
    electron.invocations.length = 0;
    await api.registerDropped([{ name: '华阴市.xlsx' }, { name: 'fake:made-up' }]);
    assert.deepEqual(electron.invocations, [{ channel: 'registerDropped', args: [{ paths: ['/dropped/华阴市.xlsx'] }] }]);
  });

  it('throws the Chinese message of a refused call as a plain Error', async () => {
    electron.ipcRendererState.reply = () => ({ ok: false, error: '请求来源不受信任，已拒绝。' });
    await assert.rejects(() => api.getProfile({}) as Promise<unknown>, { message: '请求来源不受信任，已拒绝。' });
    electron.ipcRendererState.reply = (channel) => ({ ok: true, value: `reply:${channel}` });
  });

  it('forwards progress payloads without the IPC event, and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = api.onProgress((p: unknown) => seen.push(p)) as () => void;
    const [listener] = electron.rendererListeners.get('progress') ?? [];
    listener({ sender: 'ipcRenderer' }, { task: 'import', done: 1, total: 2 });
    assert.deepEqual(seen, [{ task: 'import', done: 1, total: 2 }]);
    off();
    assert.equal(electron.rendererListeners.get('progress')?.length, 0);
  });
});
