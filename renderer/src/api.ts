/** The preload's API (`window.bloodBrief`): the renderer's only way to reach the main process. */
import type { BloodBriefApi } from '../../electron/shared/ipc-contract.ts';

declare global {
  interface Window {
    readonly bloodBrief?: BloodBriefApi;
  }
}

/** The API, or null when the page is opened without the app's preload (e.g. in a plain browser). */
export const api: BloodBriefApi | null = window.bloodBrief ?? null;

/** The API, for code that only runs once the app has checked it exists. */
export function bridge(): BloodBriefApi {
  if (api === null) throw new Error('未连接到血站季报主程序');
  return api;
}

/** The Chinese message of a failed call (the preload turns envelopes into Errors carrying it). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message.replace(/^Error invoking remote method '[^']+': (Error: )?/, '') : String(error);
}
