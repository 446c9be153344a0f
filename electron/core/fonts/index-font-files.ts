import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Indexes the font files under the given folders (recursively, a few levels deep) by lower-case file name,
 * first found wins. Linux distributions file the same font under different sub-folders (often as symbolic
 * links), so names are matched rather than fixed paths.
 */
export function indexFontFiles(dirs: readonly string[], depth = 4): Map<string, string> {
  const index = new Map<string, string>();
  for (const dir of dirs) walk(dir, depth, index);
  return index;
}

function walk(dir: string, depth: number, index: Map<string, string>): void {
  for (const entry of listDir(dir)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && depth > 0) walk(path, depth - 1, index);
    else if ((entry.isFile() || entry.isSymbolicLink()) && !index.has(entry.name.toLowerCase())) index.set(entry.name.toLowerCase(), path);
  }
}

function listDir(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
}
