/**
 * The transport-independent half of IPC: find the channel, validate the payload, run the handler, and wrap
 * the outcome in an envelope. Electron's ipcMain (register-ipc.ts) and the test bridge both call this, so the
 * tests exercise exactly what the window gets.
 */
import type { ArgsOf, Channel, Envelope, IpcContract } from '../../shared/ipc-contract.ts';
import { UserError } from '../user-error.ts';
import { PAYLOAD_VALIDATORS } from './payload-validators.ts';

/** The handler map: one async function per channel, over the core. */
export type Handlers = IpcContract;

/** Whether a string names a channel of the contract (own keys only: "toString" is not a channel). */
export function isChannel(name: string): name is Channel {
  return Object.hasOwn(PAYLOAD_VALIDATORS, name);
}

/** Validates and runs one request; never rejects, never leaks a stack trace. */
export async function dispatch(handlers: Handlers, channel: string, payload: unknown): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: `未知的请求：${channel.slice(0, 60)}` };
  try {
    return { ok: true, value: await run(handlers, channel, payload) };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}

function run<C extends Channel>(handlers: Handlers, channel: C, payload: unknown): Promise<unknown> {
  const args: ArgsOf<C> = PAYLOAD_VALIDATORS[channel](payload);
  const handler = handlers[channel] as (args: ArgsOf<C>) => Promise<unknown>;
  return handler(args);
}

/** A UserError speaks for itself; anything else is a defect: logged for support, summarised for the user. */
export function messageOf(error: unknown): string {
  if (error instanceof UserError) return error.message;
  console.error(error);
  const detail = error instanceof Error ? error.message : String(error);
  return `操作未能完成，发生了意外错误（${detail.slice(0, 200)}）。请重试，或联系技术支持。`;
}
