/**
 * The paths the user chose in a dialog or dropped on the window: main reads input files only under these,
 * so a compromised page cannot ask main to read arbitrary files (Electron security checklist: least privilege).
 */
import { isAbsolute, relative, resolve } from 'node:path';

/** A growing set of user-chosen files and folders. */
export interface AllowedPaths {
  /** Records paths the user chose. */
  add(paths: readonly string[]): void;
  /** True for a chosen path or anything inside a chosen folder. */
  allows(path: string): boolean;
}

/** An empty allow-set. */
export function createAllowedPaths(): AllowedPaths {
  const chosen = new Set<string>();
  return {
    add: (paths) => paths.forEach((p) => chosen.add(resolve(p))),
    allows: (path) => [...chosen].some((root) => isInside(resolve(path), root)),
  };
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
