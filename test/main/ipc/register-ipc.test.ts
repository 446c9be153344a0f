import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { electron } from '../use-electron-mock.ts';
import { fakeHandlers } from './fake-handlers.ts';

const { registerIpc, UNTRUSTED_SENDER } = await import('../../../electron/main/ipc/register-ipc.ts');
const { isTrustedSender } = await import('../../../electron/main/ipc/is-trusted-sender.ts');
const { CHANNELS } = await import('../../../electron/main/ipc/payload-validators.ts');

const PAGE = { webContentsId: 7, url: 'app://renderer/index.html' };
const { handlers, calls } = fakeHandlers();
registerIpc(handlers, (event) => isTrustedSender(event, PAGE));

function invoke(channel: string, event: object, payload: unknown): Promise<unknown> {
  const listener = electron.ipcHandlers.get(channel);
  assert.ok(listener, `no handler for ${channel}`);
  return listener(event, payload) as Promise<unknown>;
}

const trusted = { sender: { id: 7 }, senderFrame: { url: PAGE.url, parent: null } };

describe('registerIpc', () => {
  it('registers exactly the channels of the contract', () => {
    assert.deepEqual([...electron.ipcHandlers.keys()].sort(), [...CHANNELS].sort());
    assert.equal(CHANNELS.length, 38);
  });

  it('answers our own page', async () => {
    assert.deepEqual(await invoke('getOverview', trusted, { year: 2025 }), { ok: true, value: 'handled:getOverview' });
  });

  it('refuses other webContents, subframes, navigated or missing frames, without running the handler', async () => {
    const before = calls.length;
    const strangers = [
      { sender: { id: 8 }, senderFrame: { url: PAGE.url, parent: null } },
      { sender: { id: 7 }, senderFrame: { url: 'https://evil.example/', parent: null } },
      { sender: { id: 7 }, senderFrame: { url: 'file:///tmp/other.html', parent: null } },
      { sender: { id: 7 }, senderFrame: { url: 'file:///opt/blood-brief/resources/app.asar/build/renderer/index.html', parent: null } },
      { sender: { id: 7 }, senderFrame: { url: 'app://evil/index.html', parent: null } },
      { sender: { id: 7 }, senderFrame: { url: 'app://renderer/other.html', parent: null } },
      { sender: { id: 7 }, senderFrame: { url: PAGE.url, parent: {} } },
      { sender: { id: 7 }, senderFrame: null },
    ];
    for (const event of strangers) {
      assert.deepEqual(await invoke('importInputs', event, { paths: ['/etc'], replace: true }), UNTRUSTED_SENDER);
    }
    assert.equal(calls.length, before);
  });

  it('validates payloads of trusted senders too', async () => {
    const answer = await invoke('getCellDetail', trusted, { county: '华阴市', month: '2025-1' });
    assert.deepEqual(answer, { ok: false, error: '请求参数无效：month 应为月份（如 2025-01）' });
  });

  it('accepts the page URL with a hash (in-page anchors are not navigation)', async () => {
    const event = { sender: { id: 7 }, senderFrame: { url: `${PAGE.url}#overview`, parent: null } };
    assert.equal(((await invoke('getProfile', event, {})) as { ok: boolean }).ok, true);
  });

  it('trusts no file:// page, even if main were told to load one', () => {
    const filePage = { webContentsId: 7, url: 'file:///opt/blood-brief/build/renderer/index.html' };
    assert.equal(isTrustedSender({ sender: { id: 7 }, senderFrame: { url: filePage.url, parent: null } }, filePage), false);
  });
});
