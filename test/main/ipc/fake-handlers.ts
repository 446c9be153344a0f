/** A handler map whose every handler records its call and answers with its channel name. */
import type { Handlers } from '../../../electron/main/ipc/dispatch.ts';
import { CHANNELS } from '../../../electron/main/ipc/payload-validators.ts';

/** The map and the calls it received. */
export function fakeHandlers(): { handlers: Handlers; calls: { channel: string; args: unknown }[] } {
  const calls: { channel: string; args: unknown }[] = [];
  const entries = CHANNELS.map((channel) => [channel, async (args: unknown) => {
    calls.push({ channel, args });
    return `handled:${channel}`;
  }]);
  return { handlers: Object.fromEntries(entries) as Handlers, calls };
}
