/**
 * A zip read from disk without loading it: the central directory from the file's end (APPNOTE 4.3.16, no
 * ZIP64), small entries inflated whole with their declared size as a ceiling and their CRC-32 checked, big
 * entries inflated as a stream whose CRC-32 is checked when it ends. For the row stream of very large files.
 */
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { ZIP_LIMITS } from '../check-zip.ts';

/** One entry of the central directory. */
export interface ZipFileEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly local: number;
}

/** An opened zip: its entries by name and a way to read each. */
export interface ZipFile {
  readonly entries: ReadonlyMap<string, ZipFileEntry>;
  /** The entry inflated whole (for the small parts: workbook, relationships, styles, shared strings). */
  read(entry: ZipFileEntry): Promise<Uint8Array>;
  /** The entry inflated piece by piece; throws at its end when its CRC-32 or length is wrong. */
  stream(entry: ZipFileEntry): AsyncIterable<Uint8Array>;
  close(): Promise<void>;
}

/** A zip that cannot be read: damaged, or built to exhaust the reader. */
export class ZipFileError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Opens `path` and reads its central directory. */
export async function openZipFile(path: string): Promise<ZipFile> {
  const handle = await open(path, 'r');
  try {
    const entries = await readDirectory(handle);
    return { entries, read: (entry) => readEntry(handle, entry), stream: (entry) => streamEntry(handle, path, entry), close: () => handle.close() };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead !== length) throw new ZipFileError('文件不完整（可能在复制或下载时被截断）');
  return buffer;
}

async function readDirectory(handle: FileHandle): Promise<Map<string, ZipFileEntry>> {
  const size = (await handle.stat()).size;
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = await readAt(handle, size - tailLength, tailLength);
  let end = -1;
  for (let at = tail.length - 22; at >= 0; at--) {
    if (tail.readUInt32LE(at) === EOCD && at + 22 + tail.readUInt16LE(at + 20) === tail.length) { end = at; break; }
  }
  if (end < 0) throw new ZipFileError('找不到压缩包目录（文件不完整，可能在复制或下载时被截断）');
  const count = tail.readUInt16LE(end + 10);
  const dirSize = tail.readUInt32LE(end + 12);
  const dirStart = tail.readUInt32LE(end + 16);
  if (count === 0xffff || dirStart === 0xffffffff) throw new ZipFileError('压缩包使用了 ZIP64 格式');
  if (count > ZIP_LIMITS.entries || dirStart + dirSize > size) throw new ZipFileError('压缩包目录有误');
  const dir = await readAt(handle, dirStart, dirSize);
  const entries = new Map<string, ZipFileEntry>();
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > dir.length || dir.readUInt32LE(at) !== CENTRAL) throw new ZipFileError(`压缩包目录第 ${i + 1} 项已损坏`);
    const nameLength = dir.readUInt16LE(at + 28);
    const name = dir.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, { name, method: dir.readUInt16LE(at + 10), crc: dir.readUInt32LE(at + 16), compressed: dir.readUInt32LE(at + 20), size: dir.readUInt32LE(at + 24), local: dir.readUInt32LE(at + 42) });
    at += 46 + nameLength + dir.readUInt16LE(at + 30) + dir.readUInt16LE(at + 32);
  }
  return entries;
}

/** Where the entry's compressed bytes start, after its local header; a bomb's ratio is refused first. */
async function dataStart(handle: FileHandle, entry: ZipFileEntry): Promise<number> {
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFileError(`部件 ${entry.name} 的压缩方式不受支持`);
  if (entry.size > ZIP_LIMITS.ratioFrom && entry.size > entry.compressed * ZIP_LIMITS.ratio) throw new ZipFileError(`部件 ${entry.name} 压缩比异常，可能是“压缩炸弹”`);
  const local = await readAt(handle, entry.local, 30);
  if (local.readUInt32LE(0) !== LOCAL) throw new ZipFileError(`部件 ${entry.name} 的位置有误`);
  return entry.local + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
}

async function readEntry(handle: FileHandle, entry: ZipFileEntry): Promise<Uint8Array> {
  const data = await readAt(handle, await dataStart(handle, entry), entry.compressed);
  let inflated: Uint8Array;
  try {
    inflated = entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch {
    throw new ZipFileError(`部件 ${entry.name} 的压缩数据已损坏`);
  }
  if (inflated.byteLength !== entry.size || crc32(inflated) !== entry.crc) throw new ZipFileError(`部件 ${entry.name} 校验失败（CRC）`);
  return inflated;
}

async function* streamEntry(handle: FileHandle, path: string, entry: ZipFileEntry): AsyncIterable<Uint8Array> {
  const start = await dataStart(handle, entry);
  const raw = createReadStream(path, { start, end: start + entry.compressed - 1, highWaterMark: 256 * 1024 });
  const source = entry.method === 0 ? raw : raw.pipe(createInflateRaw({ chunkSize: 256 * 1024 }));
  raw.on('error', (error) => source.destroy(error));
  let crc = 0;
  let length = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      length += chunk.length;
      if (length > entry.size) throw new ZipFileError(`部件 ${entry.name} 的长度与记录不符`);
      crc = crc32(chunk, crc);
      yield chunk;
    }
  } catch (error) {
    throw error instanceof ZipFileError ? error : new ZipFileError(`部件 ${entry.name} 的压缩数据已损坏`);
  } finally {
    raw.destroy();
  }
  if (length !== entry.size || crc !== entry.crc) throw new ZipFileError(`部件 ${entry.name} 校验失败（CRC）`);
}
