import { crc32, inflateRawSync } from 'node:zlib';
import type { ZipFileEntry } from './xlsx-scan/zip-file.ts';

/** Limits on what a workbook's zip may inflate to, checked before the spreadsheet library sees it. */
export interface ZipLimits {
  /** Sum of every entry's inflated size. */
  readonly totalBytes: number;
  /** Inflated ÷ compressed, for entries larger than `ratioFrom` (small entries compress wildly and harmlessly). */
  readonly ratio: number;
  readonly ratioFrom: number;
  readonly entries: number;
}

/**
 * A county workbook inflates to a few MB; 200 MB of XML is already past what the reader can hold in the
 * 500 MB a file may cost. Real sheets compress 5–40×; deflate's ceiling is ~1030×, which is what bombs use.
 */
export const ZIP_LIMITS: ZipLimits = { totalBytes: 200 * 1024 * 1024, ratio: 200, ratioFrom: 1024 * 1024, entries: 5000 };

/** Why a zip cannot be read safely: damaged (refuse and ask for it again) or too big (refuse, say the size). */
export type ZipFault = { readonly kind: 'damaged'; readonly detail: string } | { readonly kind: 'too-big'; readonly detail: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Checks a zip's structure from its central directory before anything is inflated: every entry's declared
 * size and ratio within limits, then each entry inflated with its declared size as a hard ceiling and its
 * CRC-32 compared. SheetJS accepts a sheet failing its CRC and a file missing its last byte, and can spin on
 * a flipped bit; a zip that passes here is one Excel itself would open. Null when the zip is sound.
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipFault | null {
  const opened = openZip(bytes, limits);
  return 'fault' in opened ? opened.fault : null;
}

/** A checked zip's entries, inflated (so the reader never inflates them again), or why it cannot be read. */
export type OpenedZip = { readonly fault: ZipFault } | { readonly entries: ReadonlyMap<string, Uint8Array> };

/** checkZip's checks, keeping what they inflated: every entry by name. */
export function openZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): OpenedZip {
  const fault = (f: ZipFault) => ({ fault: f });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end < 0) return fault(damaged('找不到压缩包目录（文件不完整，可能在复制或下载时被截断）'));
  const count = view.getUint16(end + 10, true);
  const dirSize = view.getUint32(end + 12, true);
  const dirStart = view.getUint32(end + 16, true);
  if (count === 0xffff || dirStart === 0xffffffff) return fault({ kind: 'too-big', detail: '压缩包使用了 ZIP64 格式（文件超过 4 GB 或条目过多）' });
  if (count > limits.entries) return fault({ kind: 'too-big', detail: `压缩包中有 ${count} 个部件，超过 ${limits.entries} 个` });
  if (dirStart + dirSize > end) return fault(damaged('压缩包目录的位置有误'));
  const entries = readDirectory(view, dirStart, count);
  if (typeof entries === 'string') return fault(damaged(entries));
  const tooBig = sizeFault(entries, limits);
  if (tooBig) return fault(tooBig);
  const inflated = contentFault(bytes, view, entries);
  return inflated instanceof Map ? { entries: inflated } : fault(inflated);
}

/** One entry of the central directory (the same shape the streaming reader reads from a file). */
type Entry = ZipFileEntry;

/** The end-of-central-directory record: the last 22 bytes, or further back when a comment follows it. */
function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at -= 1) {
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  return -1;
}

function readDirectory(view: DataView, start: number, count: number): Entry[] | string {
  const entries: Entry[] = [];
  let at = start;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) return `压缩包目录第 ${i + 1} 项已损坏`;
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(new Uint8Array(view.buffer, view.byteOffset + at + 46, Math.min(nameLength, view.byteLength - at - 46)));
    entries.push({ name, method: view.getUint16(at + 10, true), crc: view.getUint32(at + 16, true), compressed: view.getUint32(at + 20, true), size: view.getUint32(at + 24, true), local: view.getUint32(at + 42, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function sizeFault(entries: readonly Entry[], limits: ZipLimits): ZipFault | null {
  if (entries.some((e) => e.size === 0xffffffff || e.compressed === 0xffffffff)) return { kind: 'too-big', detail: '压缩包使用了 ZIP64 格式（文件超过 4 GB）' };
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > limits.totalBytes) return { kind: 'too-big', detail: `解压后共 ${megabytes(total)} MB，超过 ${megabytes(limits.totalBytes)} MB` };
  const bomb = entries.find((e) => e.size > limits.ratioFrom && e.size > e.compressed * limits.ratio);
  if (bomb) return { kind: 'too-big', detail: `部件 ${shortName(bomb.name)} 压缩比异常（${megabytes(bomb.compressed)} MB 解压为 ${megabytes(bomb.size)} MB），可能是“压缩炸弹”` };
  return null;
}

function contentFault(bytes: Uint8Array, view: DataView, entries: readonly Entry[]): ZipFault | Map<string, Uint8Array> {
  const inflatedEntries = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const data = entryData(bytes, view, entry);
    if (typeof data === 'string') return damaged(data);
    const inflated = inflate(entry, data);
    if (inflated === null) return damaged(`部件 ${shortName(entry.name)} 的压缩数据已损坏`);
    if (inflated.byteLength !== entry.size) return damaged(`部件 ${shortName(entry.name)} 的长度与记录不符`);
    if (crc32(inflated) !== entry.crc) return damaged(`部件 ${shortName(entry.name)} 校验失败（CRC）`);
    inflatedEntries.set(entry.name, inflated);
  }
  return inflatedEntries;
}

function entryData(bytes: Uint8Array, view: DataView, entry: Entry): Uint8Array | string {
  const at = entry.local;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL) return `部件 ${shortName(entry.name)} 的位置有误`;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressed > view.byteLength) return `部件 ${shortName(entry.name)} 不完整（文件被截断）`;
  return bytes.subarray(start, start + entry.compressed);
}

/** Inflates one entry, never past its declared size (a lying header cannot make us allocate more). */
function inflate(entry: Entry, data: Uint8Array): Uint8Array | null {
  if (entry.method === 0) return data;
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch {
    return null;
  }
}

function damaged(detail: string): ZipFault {
  return { kind: 'damaged', detail };
}

function megabytes(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

/** Entry names come from the file: keep them short and printable in messages. */
function shortName(name: string): string {
  const printable = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return printable.length > 60 ? `${printable.slice(0, 60)}…` : printable;
}
