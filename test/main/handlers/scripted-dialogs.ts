/**
 * Dialogs that answer from a script instead of asking a person: each call takes the next answer queued for
 * its kind, or cancels when none is queued. Records the paths the app asked the shell to open.
 */
import type { Dialogs, OpenPurpose, SavePurpose } from '../../../electron/main/dialogs.ts';

/** The queues a test fills, and what the app did with them. */
export interface DialogScript {
  readonly inputs: string[][];
  readonly files: string[];
  readonly folders: string[];
  readonly saves: string[];
  /** Every dialog shown: kind, purpose and the default path offered. */
  readonly shown: { kind: string; purpose: string; defaultPath: string | undefined }[];
  readonly opened: string[];
}

/** Scripted dialogs and their script. */
export function scriptedDialogs(): { dialogs: Dialogs; script: DialogScript } {
  const script: DialogScript = { inputs: [], files: [], folders: [], saves: [], shown: [], opened: [] };
  const dialogs: Dialogs = {
    chooseInputs: async (mode, defaultPath) => (script.shown.push({ kind: 'inputs', purpose: mode, defaultPath }), script.inputs.shift() ?? []),
    chooseFile: async (purpose: OpenPurpose, defaultPath) => (script.shown.push({ kind: 'file', purpose, defaultPath }), script.files.shift() ?? null),
    chooseFolder: async (defaultPath) => (script.shown.push({ kind: 'folder', purpose: 'templates', defaultPath }), script.folders.shift() ?? null),
    saveFile: async (purpose: SavePurpose, defaultPath) => (script.shown.push({ kind: 'save', purpose, defaultPath }), script.saves.shift() ?? null),
    openPath: async (path) => void script.opened.push(path),
  };
  return { dialogs, script };
}
