/** Text decoded from bytes, with the encoding that was recognised. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
}

/**
 * Decodes a text file: a UTF-16 byte-order mark (Excel's "Unicode 文本" .txt) decides first; then valid
 * UTF-8 (with or without BOM) is UTF-8; anything else is read as GB18030, the superset of GBK that Chinese
 * Windows Excel uses when it saves "CSV (逗号分隔)". A GBK file is almost never valid UTF-8. The WHATWG
 * decoders built into Node (and Electron) do all four, with no library to load; a BOM is dropped.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
