/** Builds the renderer with the app's own Vite config into a test folder (fast, offline). */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const CONFIG = fileURLToPath(new URL('../../renderer/vite.config.ts', import.meta.url));

/** Builds into `outDir` and returns it. */
export async function buildRenderer(outDir: string): Promise<string> {
  await build({ configFile: CONFIG, build: { outDir, emptyOutDir: true }, logLevel: 'error' });
  return outDir;
}
