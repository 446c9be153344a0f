/**
 * Our own lint, because electronegativity misses `nodeIntegration: true` when a `sandbox` key is present:
 * no weakened webPreferences anywhere under electron/, and no Node or Electron in the renderer.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Settings that switch off a protection, as they would be written in source. */
const FORBIDDEN: readonly RegExp[] = [
  /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/,
  /contextIsolation\s*:\s*false/,
  /sandbox\s*:\s*false/,
  /webSecurity\s*:\s*false/,
  /allowRunningInsecureContent\s*:\s*true/,
  /enableRemoteModule\s*:\s*true/,
  /webviewTag\s*:\s*true/,
  /experimentalFeatures\s*:\s*true/,
  /enableBlinkFeatures\s*:/,
  /--no-sandbox|disable-web-security|appendSwitch\(\s*['"]no-sandbox/,
];

/** What the renderer may never import: Electron, Node built-ins, main or preload code. */
const RENDERER_FORBIDDEN = /from\s+['"](electron|node:[^'"]+|fs|path|child_process|os|crypto|[^'"]*electron\/(main|preload)\/[^'"]*)['"]/;

async function sources(dir: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && pattern.test(e.name)).map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

async function offending(files: readonly string[], rule: RegExp): Promise<string[]> {
  const texts = await Promise.all(files.map(async (f) => [f, await readFile(join(ROOT, f), 'utf8')] as const));
  return texts.flatMap(([f, text]) => text.split('\n').flatMap((line, i) => (rule.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])));
}

describe('web preferences lint', () => {
  it('finds no weakened webPreferences or Chromium switches under electron/', async () => {
    const files = await sources('electron', /\.(c|m)?[jt]s$/);
    assert.ok(files.includes('electron/main/create-main-window.ts'));
    for (const rule of FORBIDDEN) assert.deepEqual(await offending(files, rule), [], String(rule));
  });

  it('catches what it is meant to catch', async () => {
    assert.ok(FORBIDDEN.some((r) => r.test('webPreferences: { sandbox: true, nodeIntegration: true }')));
    assert.ok(FORBIDDEN.some((r) => r.test('contextIsolation:false')));
    assert.ok(RENDERER_FORBIDDEN.test("import { ipcRenderer } from 'electron';"));
    assert.ok(RENDERER_FORBIDDEN.test("import { readFile } from 'node:fs/promises';"));
    assert.ok(!RENDERER_FORBIDDEN.test("import type { Profile } from '../../electron/core/model.ts';"));
  });

  it('keeps Electron, Node and main-process code out of the renderer', async () => {
    const files = await sources('renderer/src', /\.tsx?$/);
    assert.ok(files.length > 5);
    assert.deepEqual(await offending(files, RENDERER_FORBIDDEN), []);
  });
});
