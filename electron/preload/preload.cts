/**
 * The preload: exposes `window.bloodBrief`, one named method per IPC channel and nothing generic, so the page
 * can never pick a channel or reach ipcRenderer itself (Electron security checklist: "do not expose Electron
 * APIs to untrusted web content"). CommonJS and self-contained because sandboxed preloads can only require
 * `electron`; the contract is imported for types only, and the object below is checked against it.
 */
import type { ArgsOf, BloodBriefApi, Channel, Envelope, Progress, PROGRESS_CHANNEL, ResultOf } from '../shared/ipc-contract.ts';

const { contextBridge, ipcRenderer, webUtils } = require('electron') as typeof import('electron');

const progressChannel: typeof PROGRESS_CHANNEL = 'progress';

/** Invokes one channel and unwraps the envelope: a Chinese message becomes a plain Error, nothing else leaks. */
async function call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  const envelope = (await ipcRenderer.invoke(channel, args)) as Envelope<ResultOf<C>>;
  if (envelope.ok) return envelope.value;
  throw new Error(envelope.error);
}

const api: BloodBriefApi = {
  getAppInfo: (args) => call('getAppInfo', args),
  chooseInputs: (args) => call('chooseInputs', args),
  registerDropped: (files) => call('registerDropped', { paths: files.map((file) => webUtils.getPathForFile(file)).filter((p) => p !== '') }),
  importInputs: (args) => call('importInputs', args),
  resolveConflict: (args) => call('resolveConflict', args),
  cancelImport: (args) => call('cancelImport', args),
  getOverview: (args) => call('getOverview', args),
  getCellDetail: (args) => call('getCellDetail', args),
  getImportHistory: (args) => call('getImportHistory', args),
  getProfile: (args) => call('getProfile', args),
  saveProfile: (args) => call('saveProfile', args),
  importProfileFile: (args) => call('importProfileFile', args),
  exportProfileFile: (args) => call('exportProfileFile', args),
  importPopulationFile: (args) => call('importPopulationFile', args),
  getBriefingSettings: (args) => call('getBriefingSettings', args),
  saveBriefingSettings: (args) => call('saveBriefingSettings', args),
  getQuarterView: (args) => call('getQuarterView', args),
  renderBriefing: (args) => call('renderBriefing', args),
  renderTables: (args) => call('renderTables', args),
  exportPdf: (args) => call('exportPdf', args),
  exportTablesXlsx: (args) => call('exportTablesXlsx', args),
  saveLayouts: (args) => call('saveLayouts', args),
  testLayoutRule: (args) => call('testLayoutRule', args),
  getLayoutUses: (args) => call('getLayoutUses', args),
  getSheetPreview: (args) => call('getSheetPreview', args),
  previewMapping: (args) => call('previewMapping', args),
  saveMapping: (args) => call('saveMapping', args),
  saveTemplates: (args) => call('saveTemplates', args),
  getDataOverview: (args) => call('getDataOverview', args),
  planDeleteImport: (args) => call('planDeleteImport', args),
  deleteImport: (args) => call('deleteImport', args),
  restoreVersion: (args) => call('restoreVersion', args),
  undoAct: (args) => call('undoAct', args),
  redoAct: (args) => call('redoAct', args),
  backupDatabase: (args) => call('backupDatabase', args),
  chooseBackup: (args) => call('chooseBackup', args),
  restoreBackup: (args) => call('restoreBackup', args),
  reissueBriefing: (args) => call('reissueBriefing', args),
  onProgress: (listener) => {
    // The page gets the payload only, never the IpcRendererEvent (whose `sender` is ipcRenderer itself).
    const forward = (_event: unknown, progress: Progress): void => listener(progress);
    ipcRenderer.on(progressChannel, forward);
    return () => void ipcRenderer.removeListener(progressChannel, forward);
  },
};

contextBridge.exposeInMainWorld('bloodBrief', api);
