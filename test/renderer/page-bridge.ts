/**
 * The preload's stand-in inside Chromium: defines `window.bloodBrief` with one method per channel, each
 * POSTing its argument to the bridge server, and onProgress over EventSource. Runs in the page (serialised
 * by Playwright's addInitScript), so it may use only browser APIs and its argument.
 */

/** What the test passes into the page. */
export interface PageBridgeOptions {
  readonly channels: readonly string[];
  /** Plays the part of webUtils.getPathForFile: a dropped File named N is the file N in this folder. */
  readonly dropFolder: string;
}

/** Installs `window.bloodBrief` (called in the page before any of its scripts). */
export function installPageBridge(options: PageBridgeOptions): void {
  const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
  const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  const encode = (value: unknown) => JSON.stringify(value, (_k, v) => (v instanceof Uint8Array ? { $bytes: toBase64(v) } : v));
  const decode = (text: string) => JSON.parse(text, (_k, v) => (v && typeof v === 'object' && typeof v.$bytes === 'string' ? fromBase64(v.$bytes) : v));
  const call = async (channel: string, args: unknown) => {
    const response = await fetch(`/ipc/${encodeURIComponent(channel)}`, { method: 'POST', body: encode(args) });
    const envelope = decode(await response.text());
    if (envelope.ok) return envelope.value;
    throw new Error(envelope.error);
  };
  const api: Record<string, unknown> = Object.fromEntries(options.channels.map((channel) => [channel, (args: unknown) => call(channel, args)]));
  api.registerDropped = (files: File[]) => call('registerDropped', { paths: files.map((f) => `${options.dropFolder}/${f.name}`) });
  api.onProgress = (listener: (p: unknown) => void) => {
    const source = new EventSource('/events');
    source.onmessage = (event) => listener(JSON.parse(event.data));
    return () => source.close();
  };
  Object.defineProperty(globalThis, 'bloodBrief', { value: Object.freeze(api), enumerable: true });
}
