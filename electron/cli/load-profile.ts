import { readFile } from 'node:fs/promises';
import type { Profile, Result } from '../core/model.ts';
import { parseProfile } from '../core/core-api.ts';

/** Reads and validates the profile JSON file named on the command line. */
export async function loadProfile(path: string): Promise<Result<Profile>> {
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return { ok: false, problems: [{ file: path, message: '找不到或无法读取基础信息文件' }] };
  try {
    return parseProfile(JSON.parse(text.replace(/^\uFEFF/, '')), path);
  } catch (error) {
    return { ok: false, problems: [{ file: path, message: `不是有效的 JSON：${(error as Error).message}` }] };
  }
}
