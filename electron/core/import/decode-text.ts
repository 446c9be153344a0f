import iconv from 'iconv-lite';

/** Text decoded from bytes, with the encoding that was recognised. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'gb18030';
}

/**
 * Decodes a text file: valid UTF-8 (with or without BOM) is UTF-8; anything else is read as GB18030,
 * the superset of GBK that Chinese Windows Excel uses when it saves "CSV (逗号分隔)".
 * A GBK file is almost never valid UTF-8, so the order of the tests decides correctly in practice.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030'), encoding: 'gb18030' };
  }
}
