/** Where the built app's pieces are, relative to this compiled file (build/main/app-paths.js). */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_PAGE_URL } from './protocol/app-scheme.ts';

/** The built renderer folder (build/renderer): the only folder app:// serves. */
export const RENDERER_ROOT = fileURLToPath(new URL('../renderer/', import.meta.url));

/** The page's app:// URL (build/renderer/index.html): the only page allowed to call IPC. */
export const RENDERER_URL = APP_PAGE_URL;

/** The sandboxed preload (build/preload/preload.cjs). */
export const PRELOAD = fileURLToPath(new URL('../preload/preload.cjs', import.meta.url));

/** The database, in the per-user data folder, so an upgrade or reinstall keeps every import. */
export function databasePath(userData: string): string {
  return join(userData, 'blood-brief.sqlite');
}
