/**
 * The root typecheck (npm test's first step) covers electron/**\/*.ts; this one covers the renderer with its
 * DOM types (renderer/tsconfig.json) and its Vite config. The preload (.cts) is checked when
 * compiled-main.test.ts builds electron/tsconfig.json.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSC = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
const PROJECTS = ['renderer/tsconfig.json', 'renderer/tsconfig.node.json'];

async function typecheck(project: string): Promise<string> {
  try {
    await promisify(execFile)(process.execPath, [TSC, '-p', project, '--noEmit'], { cwd: ROOT });
    return '';
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return `${project}:\n${stdout ?? ''}${stderr ?? ''}`.trim();
  }
}

describe('typecheck of the app', () => {
  it('renderer and its build config', async () => {
    assert.deepEqual(await Promise.all(PROJECTS.map(typecheck)), ['', '']);
  });
});
