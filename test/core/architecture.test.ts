import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Every TypeScript file below a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mts|cts)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Module specifiers a file imports (static, dynamic and re-exports). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

test('the domain core and the CLI never import electron, so the CLI and the app run the same plain-Node pipeline', () => {
  const offenders = ['electron/core', 'electron/cli'].flatMap(sources)
    .flatMap((file) => importsOf(file).filter((spec) => spec === 'electron' || spec.startsWith('electron/')).map((spec) => `${file}: ${spec}`));
  assert.deepEqual(offenders, []);
});

test('the domain core never reaches into the shell (main, preload, renderer, CLI)', () => {
  const offenders = sources('electron/core')
    .flatMap((file) => importsOf(file).filter((spec) => /\/(main|preload|cli|shared)\/|renderer\//.test(spec)).map((spec) => `${file}: ${spec}`));
  assert.deepEqual(offenders, []);
});

test('the scan sees the core (a guard that cannot pass vacuously)', () => {
  const core = sources('electron/core');
  assert.ok(core.length > 100, `only ${core.length} core files found`);
  assert.ok(core.some((f) => importsOf(f).includes('node:crypto')), 'import scanning finds node: imports');
});

test('the CLI and the desktop shell reach the core only through its public face (core-api.ts) and the model', () => {
  const allowed = new Set(['electron/core/core-api.ts', 'electron/core/model.ts']);
  const offenders = ['electron/cli', 'electron/main'].flatMap(sources).flatMap((file) => importsOf(file)
    .map((spec) => ({ spec, target: join(dirname(file), spec) }))
    .filter(({ target }) => target.startsWith('electron/core/') && !allowed.has(target))
    .map(({ spec }) => `${file}: ${spec}`));
  assert.deepEqual(offenders, []);
  assert.ok(sources('electron/cli').some((f) => importsOf(f).some((s) => s.endsWith('core/core-api.ts'))), 'the scan sees the CLI using the face');
});
