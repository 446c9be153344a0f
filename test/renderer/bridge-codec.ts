/**
 * JSON with bytes, for the test bridge's HTTP transport: Uint8Array travels as { "$bytes": base64 }.
 * (Electron's IPC uses structured clone, which carries Uint8Array natively; only the transport differs.)
 */

/** Serialises a value, bytes included. */
export function encode(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { $bytes: Buffer.from(v).toString('base64') } : v));
}

/** Parses what {@link encode} wrote. */
export function decode(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => (isBytes(v) ? new Uint8Array(Buffer.from(v.$bytes, 'base64')) : v));
}

function isBytes(v: unknown): v is { $bytes: string } {
  return typeof v === 'object' && v !== null && typeof (v as { $bytes?: unknown }).$bytes === 'string' && Object.keys(v).length === 1;
}
