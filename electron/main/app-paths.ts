/** Where the built app's pieces are, relative to this compiled file (build/main/app-paths.js). */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The renderer's page (build/renderer/index.html). */
export const RENDERER_PAGE = fileURLToPath(new URL('../renderer/index.html', import.meta.url));

/** Its file:// URL: the only page allowed to call IPC. */
export const RENDERER_URL = pathToFileURL(RENDERER_PAGE).href;

/** The sandboxed preload (build/preload/preload.cjs). */
export const PRELOAD = fileURLToPath(new URL('../preload/preload.cjs', import.meta.url));

/** The database, in the per-user data folder, so an upgrade or reinstall keeps every import. */
export function databasePath(userData: string): string {
  return join(userData, 'blood-brief.sqlite');
}
