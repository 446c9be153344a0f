import { readFile } from 'node:fs/promises';
import { validateWording } from './validate-wording.ts';
import { DEFAULT_WORDING, type Wording } from './wording.ts';

/** Parses and checks a staff-edited wording file; every problem is listed in Chinese with the file name. */
export function parseWording(text: string, file: string): Wording {
  let candidate: unknown;
  try {
    candidate = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}：不是有效的 JSON（${(error as Error).message}）`);
  }
  const problems = validateWording(candidate, DEFAULT_WORDING);
  if (problems.length > 0) throw new Error(`${file}：${problems.join('；')}`);
  return candidate as Wording;
}

/** Reads a wording file from disk (the I/O half of parseWording). */
export async function loadWording(path: string): Promise<Wording> {
  return parseWording(await readFile(path, 'utf8'), path);
}
