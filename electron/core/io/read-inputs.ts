import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { InputFile, Problem } from '../model.ts';

/** Spreadsheet types the parser reads. */
export const INPUT_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.csv'] as const;

/** What was gathered from the user's paths: the files to parse and the paths that could not be used. */
export interface GatheredInputs {
  readonly files: InputFile[];
  readonly problems: Problem[];
}

/** Reads the files and (recursively) folders the user named, in a stable order, skipping Excel's lock files. */
export async function readInputs(paths: readonly string[]): Promise<GatheredInputs> {
  const found = await Promise.all(paths.map((path) => listPath(path, true)));
  const names = [...new Set(found.flatMap((f) => f.names))];
  const files = await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(name)) })));
  return { files, problems: found.flatMap((f) => f.problems) };
}

interface Listing {
  readonly names: string[];
  readonly problems: Problem[];
}

async function listPath(path: string, named: boolean): Promise<Listing> {
  const info = await stat(path).catch(() => null);
  if (info === null) return { names: [], problems: [{ file: path, message: '找不到该文件或文件夹' }] };
  if (info.isDirectory()) return listFolder(path);
  if (isSpreadsheet(path)) return { names: [path], problems: [] };
  return { names: [], problems: named ? [{ file: path, message: `不支持的文件类型，请提供 ${INPUT_EXTENSIONS.join('、')} 文件` }] : [] };
}

async function listFolder(folder: string): Promise<Listing> {
  const entries = (await readdir(folder)).filter((name) => !isHiddenOrLock(name)).sort();
  const listings = await Promise.all(entries.map((name) => listPath(join(folder, name), false)));
  return { names: listings.flatMap((l) => l.names), problems: listings.flatMap((l) => l.problems) };
}

function isSpreadsheet(path: string): boolean {
  return (INPUT_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/** Excel leaves "~$name.xlsx" lock files next to open workbooks; they are not data. */
function isHiddenOrLock(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}
