import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** Writes a whole file or nothing: into a temporary sibling first, then renamed over the target. */
export async function writeOutput(path: string, bytes: Uint8Array | string): Promise<string> {
  const target = resolve(path);
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.part`;
  await writeFile(temporary, bytes);
  await rename(temporary, target);
  return target;
}
