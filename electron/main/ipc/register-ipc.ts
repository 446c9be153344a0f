/**
 * Registers every channel of the contract with ipcMain: the sender is checked first, then `dispatch`
 * validates the payload and runs the handler. A refused sender gets an envelope, never a thrown error.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Envelope } from '../../shared/ipc-contract.ts';
import { dispatch, type Handlers } from './dispatch.ts';
import { CHANNELS } from './payload-validators.ts';

/** What a refused sender receives. */
export const UNTRUSTED_SENDER: Envelope<never> = { ok: false, error: '请求来源不受信任，已拒绝。' };

/** Answers each contract channel for trusted senders only. */
export function registerIpc(handlers: Handlers, isTrusted: (event: IpcMainInvokeEvent) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => (isTrusted(event) ? dispatch(handlers, channel, payload) : Promise.resolve(UNTRUSTED_SENDER)));
  }
}
