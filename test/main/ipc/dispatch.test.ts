import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dispatch, messageOf } from '../../../electron/main/ipc/dispatch.ts';
import { CHANNELS } from '../../../electron/main/ipc/payload-validators.ts';
import { UserError } from '../../../electron/main/user-error.ts';
import type { Channel } from '../../../electron/shared/ipc-contract.ts';
import { fakeHandlers } from './fake-handlers.ts';

const MAPPING = { name: '合阳县系统导出', county: '合阳县', sheet: 'Sheet1', headerRow: 1, columns: { wholeBloodDonors: { col: 1 }, wholeBloodUnits: { col: 2, unit: 'ml' } } };

/** One well-formed payload per channel. */
const GOOD: Record<Channel, unknown> = {
  getAppInfo: {},
  cancelImport: {},
  chooseInputs: { mode: 'folder' },
  registerDropped: { paths: ['/data/华阴市.xlsx'] },
  importInputs: { paths: ['/data'], replace: false },
  resolveConflict: { file: '/data/华阴市.xlsx', choice: 'keep' },
  getOverview: { year: 2025 },
  getCellDetail: { county: '华阴市', month: '2025-01' },
  getImportHistory: {},
  getProfile: {},
  saveProfile: { profile: { station: 'x' } },
  importProfileFile: {},
  exportProfileFile: { profile: {} },
  importPopulationFile: {},
  getBriefingSettings: { quarter: '2025Q1' },
  saveBriefingSettings: {
    quarter: '2025Q1',
    settings: { name: '血液保障工作简报', issueNumber: 1, supplement: false, unit: '渭南市中心血站', date: '2025-04-11', internal: true, recipients: { 报: '', 送: '', 发: '' }, copies: null, freeText: '' },
  },
  getQuarterView: { quarter: '2025Q1' },
  renderBriefing: { quarter: '2025Q1', settings: { name: '血液保障工作简报', issueNumber: 2, supplement: false, unit: '渭南市中心血站', date: '', internal: true, recipients: { 报: '市卫健委', 送: '', 发: '' }, copies: 30, freeText: '', populationSource: '' } },
  renderTables: { quarter: '2025Q1' },
  exportPdf: { token: 'a'.repeat(64) },
  exportTablesXlsx: { quarter: '2025Q4' },
  saveTemplates: {},
  saveLayouts: { layouts: [{ name: 'x' }] },
  testLayoutRule: { name: '合阳县系统导出', file: '/data/合阳县5月.xlsx' },
  getLayoutUses: {},
  getSheetPreview: { file: '/data/合阳县4月.xlsx' },
  previewMapping: { file: '/data/合阳县4月.xlsx', mapping: MAPPING },
  saveMapping: { file: '/data/合阳县4月.xlsx', mapping: MAPPING },
  getDataOverview: {},
  planDeleteImport: { importId: 3 },
  deleteImport: { importId: 3 },
  restoreVersion: { kind: 'collection', versionId: 12 },
  undoAct: {},
  redoAct: {},
  backupDatabase: {},
  chooseBackup: { path: null },
  restoreBackup: { path: '/data/blood-brief.sqlite-备份/blood-brief-20250411-010000.sqlite' },
  reissueBriefing: { id: 1 },
};

/** Malformed payloads for every channel: wrong types, missing fields, hostile values. */
const BAD: Record<Channel, unknown[]> = {
  getAppInfo: ['x', [], { extra: 1 }],
  cancelImport: ['x', { now: true }],
  chooseInputs: [null, {}, { mode: 'anything' }, { mode: ['folder'] }],
  registerDropped: [{}, { paths: 'C:\\Windows' }, { paths: [1] }, { paths: [''] }],
  importInputs: [{ paths: ['/a'] }, { paths: ['/a'], replace: 'yes' }, { paths: [null], replace: false }, { paths: new Array(10_001).fill('/a'), replace: false }],
  resolveConflict: [{ file: '/a', choice: 'delete' }, { file: '', choice: 'keep' }, { choice: 'keep' }],
  getOverview: [{ year: '2025' }, { year: 2025.5 }, { year: 1800 }, {}],
  getCellDetail: [{ county: '华阴市', month: '2025-13' }, { county: '', month: '2025-01' }, { county: '华阴市', month: '2025/01' }],
  getImportHistory: [{ a: 1 }],
  getProfile: [[1]],
  saveProfile: [{ profile: 'json' }, { profile: null }, {}, { profile: [] }],
  importProfileFile: [{ path: '/etc/passwd' }],
  exportProfileFile: [{ profile: 42 }],
  importPopulationFile: [{ path: '/etc/shadow' }],
  getBriefingSettings: [{}, { quarter: '2025Q5' }],
  saveBriefingSettings: [
    {},
    { settings: (GOOD.saveBriefingSettings as { settings: object }).settings },
    { quarter: '2025Q1', settings: { ...(GOOD.saveBriefingSettings as { settings: object }).settings, issueNumber: 0 } },
    { quarter: '2025Q1', settings: { ...(GOOD.saveBriefingSettings as { settings: object }).settings, date: '2025-02-30' } },
    { quarter: '2025Q1', settings: { ...(GOOD.saveBriefingSettings as { settings: object }).settings, recipients: null } },
    { quarter: '2025Q1', settings: { ...(GOOD.saveBriefingSettings as { settings: object }).settings, freeText: 'x'.repeat(100_001) } },
  ],
  getQuarterView: [{ quarter: '2025q1 ' }, { quarter: 20251 }],
  renderBriefing: [{ quarter: '../../etc' }, { quarter: '2025Q1' }, { quarter: '2025Q1', settings: { ...(GOOD.saveBriefingSettings as { settings: object }).settings, copies: 0 } },
    { quarter: '2025Q1', settings: { ...(GOOD.saveBriefingSettings as { settings: object }).settings, unit: undefined } }],
  renderTables: [{}],
  exportPdf: [{ token: '../../secret' }, { token: 'XYZ' }, {}],
  exportTablesXlsx: [{ quarter: null }],
  saveTemplates: [{ folder: '/tmp' }],
  saveLayouts: [{}, { layouts: 'x' }, { layouts: [1] }],
  testLayoutRule: [{ name: '', file: '/a' }, { name: 'x' }],
  getLayoutUses: [{ name: 'x' }],
  getSheetPreview: [{}, { file: '' }, { file: 7 }],
  previewMapping: [{ file: '/a' }, { file: '/a', mapping: { ...MAPPING, columns: { anything: { col: 1 } } } }, { file: '/a', mapping: { ...MAPPING, headerRow: -1 } }],
  saveMapping: [{ file: '/a', mapping: { ...MAPPING, columns: { wholeBloodUnits: { col: 2, unit: '袋' } } } }, { file: '/a', mapping: { ...MAPPING, name: '' } }],
  getDataOverview: [{ all: true }],
  planDeleteImport: [{}, { importId: '3' }, { importId: 0 }, { importId: 1.5 }],
  deleteImport: [{ importId: -1 }, { importId: null }, { id: 3 }],
  restoreVersion: [{ kind: 'collection' }, { kind: 'hospital', versionId: 1 }, { kind: 'supply', versionId: '1' }, { kind: 'collection', versionId: 2 ** 40 }],
  undoAct: [{ actId: 3 }],
  redoAct: ['x'],
  backupDatabase: [{ path: '/tmp/x.sqlite' }],
  chooseBackup: [{}, { path: '' }, { path: 3 }],
  restoreBackup: [{}, { path: '' }, { path: 7 }, { path: 'x'.repeat(100_001) }],
  reissueBriefing: [{}, { id: 0 }, { id: '1' }],
};

describe('dispatch', () => {
  it('runs every channel with its validated argument', async () => {
    const { handlers, calls } = fakeHandlers();
    for (const channel of CHANNELS) {
      assert.deepEqual(await dispatch(handlers, channel, GOOD[channel]), { ok: true, value: `handled:${channel}` }, channel);
    }
    assert.deepEqual(calls.map((c) => c.channel), CHANNELS);
    assert.deepEqual(calls.find((c) => c.channel === 'importInputs')?.args, { paths: ['/data'], replace: false });
  });

  it('rejects malformed payloads of every channel in Chinese without running the handler', async () => {
    const { handlers, calls } = fakeHandlers();
    for (const channel of CHANNELS) {
      for (const payload of BAD[channel]) {
        const envelope = await dispatch(handlers, channel, payload);
        assert.equal(envelope.ok, false, `${channel} accepted ${JSON.stringify(payload)?.slice(0, 80)}`);
        assert.match(envelope.ok ? '' : envelope.error, /^请求参数无效：/);
      }
    }
    assert.equal(calls.length, 0);
  });

  it('drops unknown fields instead of passing them to the handler', async () => {
    const { handlers, calls } = fakeHandlers();
    await dispatch(handlers, 'getOverview', { year: 2025, __proto__: { polluted: true }, extra: 'x' });
    assert.deepEqual(calls[0].args, { year: 2025 });
  });

  it('refuses channels that are not in the contract, including Object.prototype names', async () => {
    const { handlers } = fakeHandlers();
    for (const channel of ['deleteEverything', 'toString', '__proto__', 'constructor']) {
      const envelope = await dispatch(handlers, channel, {});
      assert.deepEqual(envelope, { ok: false, error: `未知的请求：${channel}` });
    }
  });

  it('passes a UserError message through and hides the details of a defect', async (t) => {
    const logged = t.mock.method(console, 'error', () => undefined);
    const { handlers } = fakeHandlers();
    const failing = { ...handlers, getProfile: async () => { throw new UserError('请先填写基础信息'); }, getAppInfo: async () => { throw new TypeError('x is undefined'); } };
    assert.deepEqual(await dispatch(failing, 'getProfile', {}), { ok: false, error: '请先填写基础信息' });
    const defect = await dispatch(failing, 'getAppInfo', {});
    assert.equal(defect.ok, false);
    assert.match(defect.ok ? '' : defect.error, /^操作未能完成，发生了意外错误（x is undefined）/);
    assert.doesNotMatch(defect.ok ? '' : defect.error, /at |\.ts:/);
    assert.equal(logged.mock.callCount(), 1, 'the defect is logged for support');
  });

  it('turns a non-Error throw into a message too', (t) => {
    t.mock.method(console, 'error', () => undefined);
    assert.match(messageOf('boom'), /boom/);
  });
});
