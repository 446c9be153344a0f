import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import iconv from 'iconv-lite';
import type { InputFile, Problem } from '../model.ts';

/** Spreadsheet types the parser reads: Excel, WPS 表格 (.et), OpenDocument (.ods), CSV and Excel's "Unicode 文本" (.txt). */
export const INPUT_EXTENSIONS = ['.xlsx', '.xlsm', '.xlsb', '.xls', '.et', '.ods', '.csv', '.txt'] as const;

/** What was gathered from the user's paths: the files to parse, the paths that could not be used, and what a folder held that is not a report. */
export interface GatheredInputs {
  readonly files: InputFile[];
  readonly problems: Problem[];
  /** Files found in folders and not read, each with the reason: a folder never drops a file without a word. */
  readonly skipped: Problem[];
}

/** Reads the files and (recursively) folders the user named, in a stable order; lists every file it does not read. */
export async function readInputs(paths: readonly string[]): Promise<GatheredInputs> {
  const found = await Promise.all(paths.map((path) => listPath({ name: path, path }, true)));
  const located = found.flatMap((f) => f.names).filter((f, i, all) => all.findIndex((g) => g.name === f.name) === i);
  const files = await Promise.all(located.map(async ({ name, path }) => ({ name, bytes: asBytes(await readFile(path)), ...(typeof path === 'string' ? { path } : {}) })));
  return { files, problems: found.flatMap((f) => f.problems), skipped: found.flatMap((f) => f.skipped) };
}

/** The file's bytes without a copy: `new Uint8Array(buffer)` would copy them (a 90 MB export would be held twice). */
function asBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * A file as shown (`name`) and as the file system knows it (`path`): they differ for a name that is not
 * valid UTF-8 — GBK bytes from a zip made on Chinese Windows and unpacked on Linux — which is opened by its
 * raw bytes and shown decoded as GBK.
 */
interface Located {
  readonly name: string;
  readonly path: string | Buffer;
}

interface Listing {
  readonly names: Located[];
  readonly problems: Problem[];
  readonly skipped: Problem[];
}

const NONE: Listing = { names: [], problems: [], skipped: [] };

async function listPath(file: Located, named: boolean): Promise<Listing> {
  const path = file.name;
  const info = await stat(file.path).catch(() => null);
  if (info === null) return { ...NONE, problems: [{ file: path, message: path.includes('\ufffd') ? UNREADABLE_NAME : '找不到该文件或文件夹' }] };
  if (info.isDirectory()) return listFolder(file);
  const reason = skipReason(path);
  if (reason === null) return { ...NONE, names: [file] };
  // A file the user named is an error; one found in a folder is listed as skipped.
  return named ? { ...NONE, problems: [{ file: path, message: reason }] } : { ...NONE, skipped: [{ file: path, message: reason }] };
}

/** A name given on the command line that the system could not pass as text. */
const UNREADABLE_NAME = '文件名中有无法识别的字符（常见于在 Windows 上压缩、在 Linux 上解压的中文文件名），找不到该文件：请导入它所在的文件夹，或把文件改名后再导入';

async function listFolder(folder: Located): Promise<Listing> {
  const entries = (await readdir(folder.path, { encoding: 'buffer' })).map((raw) => entryOf(folder, raw)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const listings = await Promise.all(entries.map((entry) => listPath(entry, false)));
  return { names: listings.flatMap((l) => l.names), problems: listings.flatMap((l) => l.problems), skipped: listings.flatMap((l) => l.skipped) };
}

/** A folder entry from its raw name bytes: UTF-8 when valid, else GBK (opened by its bytes either way). */
function entryOf(folder: Located, raw: Buffer): Located {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    const text = utf8.decode(raw);
    return { name: join(folder.name, text), path: typeof folder.path === 'string' ? join(folder.path, text) : Buffer.concat([folder.path, Buffer.from(sep), raw]) };
  } catch {
    const base = typeof folder.path === 'string' ? Buffer.from(folder.path) : folder.path;
    return { name: join(folder.name, iconv.decode(raw, 'gbk')), path: Buffer.concat([base, Buffer.from(sep), raw]) };
  }
}

/** Kinds of file that turn up in a county's folder, and why each is not read. */
const OTHER_KINDS: readonly (readonly [RegExp, string])[] = [
  [/\.(docx?|wps|rtf|odt)$/i, 'Word/WPS 文字文档，不是报表，未读取（如其中有数据，请改用 Excel 报表报送）'],
  [/\.pdf$/i, 'PDF 文件无法读取其中的数字，未读取：请向区县索要 Excel 原表'],
  [/\.(jpe?g|png|gif|bmp|tiff?|heic|webp)$/i, '图片文件无法读取其中的数字，未读取：请向区县索要 Excel 原表'],
  [/\.(zip|rar|7z|tar|gz)$/i, '压缩包未读取：请先解压，再导入其中的报表'],
  [/\.(pptx?|dps)$/i, '演示文稿，不是报表，未读取'],
];

/** Why a file is not read, or null when it is a spreadsheet to read. */
function skipReason(path: string): string | null {
  const name = path.split(/[\\/]/).pop() ?? path;
  // Excel and WPS leave "~$name.xlsx" lock files next to open workbooks.
  if (name.startsWith('~$')) return 'Excel/WPS 打开文件时产生的临时锁定文件，不是报表，已跳过';
  if (name.startsWith('.')) return '隐藏文件或系统文件，已跳过';
  if ((INPUT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) return null;
  const kind = OTHER_KINDS.find(([pattern]) => pattern.test(name));
  return kind ? kind[1] : `不支持的文件类型，未读取：请提供 ${INPUT_EXTENSIONS.join('、')} 文件`;
}
