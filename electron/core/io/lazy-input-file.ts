/**
 * An input file whose bytes are read from disk only when something asks for them. A donation-records export of a
 * million rows (tens of MB) is streamed by path in its worker (records/parse-records-stream.ts), so holding its
 * bytes in the main process as well would only add their size to the peak memory (issue 14: ≤ 300 MB in all).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { InputFile } from '../model.ts';

/** A file's size on disk, kept with a lazy file; a symbol, so that no copy of the file (postMessage, JSON) carries it. */
const SIZE = Symbol('size on disk');

type Lazy = InputFile & { readonly [SIZE]: number | undefined };

/** The file at `path` (`size` bytes) as an input whose bytes are read on first use and then kept. */
export function lazyInputFile(name: string, path: string, size: number): InputFile {
  let bytes: Uint8Array | null = null;
  const file = { name, path };
  Object.defineProperty(file, 'bytes', { enumerable: true, get: () => (bytes ??= asBytes(readFileSync(path))) });
  Object.defineProperty(file, SIZE, { get: () => (bytes === null ? size : undefined) });
  return file as Lazy;
}

/** The size on disk of a lazy file whose bytes have not been read, or undefined (its bytes are in memory). */
export function unreadSize(file: InputFile): number | undefined {
  return SIZE in file ? (file as Lazy)[SIZE] : undefined;
}

/** The first `length` bytes of a file (fewer when it is shorter). */
export function fileHead(path: string, length: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const head = new Uint8Array(length);
    return head.subarray(0, readSync(fd, head, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

/** The SHA-256 of a file, read 1 MB at a time (parseInput hashes the bytes the same way). */
export function fileSha256(path: string): string {
  const hash = createHash('sha256');
  const chunk = new Uint8Array(1 << 20);
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** The file's bytes without a copy: `new Uint8Array(buffer)` would copy them. */
function asBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
