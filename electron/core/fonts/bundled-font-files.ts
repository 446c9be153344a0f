import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { FontRole } from '../doc-model.ts';

/** The bundled OFL fonts of this checkout (templates/fonts). */
export const DEFAULT_BUNDLED_DIR = fileURLToPath(new URL('../../../templates/fonts/', import.meta.url));

/**
 * Bundled stand-ins when an official face is not installed: a serif for 仿宋/宋体, LXGW WenKai (a kaishu) for
 * 楷体, the bold serif for 小标宋 titles, the bold sans for 黑体.
 */
const BUNDLED_FILES: Readonly<Record<FontRole, string>> = {
  fangsong: 'NotoSerifSC-Regular.ttf',
  song: 'NotoSerifSC-Regular.ttf',
  kaiti: 'LXGWWenKai-Regular.ttf',
  title: 'NotoSerifSC-Bold.ttf',
  heiti: 'NotoSansSC-Bold.ttf',
};

/** Path of the bundled font serving a role. */
export function bundledFontPath(role: FontRole, dir = DEFAULT_BUNDLED_DIR): string {
  return join(dir, BUNDLED_FILES[role]);
}
