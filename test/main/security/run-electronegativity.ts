/**
 * Runs @doyensec/electronegativity programmatically over the app's Electron code, offline: the sources of
 * electron/main, electron/preload (the .cts preload copied as .ts, which the scanner parses) and
 * electron/shared, plus renderer/index.html whose meta tag carries the CSP.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire, registerHooks } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OFFLINE_GOT = new URL('./offline-got.ts', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    const fromScanner = context.parentURL?.includes('/@doyensec/electronegativity/') === true;
    return specifier === 'got' && fromScanner ? { url: OFFLINE_GOT, shortCircuit: true } : nextResolve(specifier, context);
  },
});

/** One finding, as the scanner reports it (file relative to the scanned folder). */
export interface Finding {
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly severity: string;
  readonly confidence: string;
  readonly description: string;
  readonly sample: string;
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number };
  severity: { name: string };
  confidence: { name: string };
  description: string;
  sample: string;
}

type Run = (options: object) => Promise<{ issues: RawIssue[]; errors: { file: string; message: string; tolerable: boolean }[]; atomicChecks: number }>;

/** Scans a copy of the app's Electron sources (plus `extra` files, to prove the scan bites); returns findings and unparsable files. */
export async function runElectronegativity(extra: Readonly<Record<string, string>> = {}): Promise<{ findings: Finding[]; errors: string[]; checks: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'electronegativity-'));
  try {
    await copySources(dir);
    for (const [path, text] of Object.entries(extra)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Run;
    const result = await run({ input: dir, excludeFromScan: ['AvailableSecurityFixesGlobalCheck'], electronVersionOverride: '45.4.1', isRelative: true });
    return { findings: result.issues.map(toFinding), errors: result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`), checks: result.atomicChecks };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function copySources(dir: string): Promise<void> {
  await cp(join(ROOT, 'electron/main'), join(dir, 'main'), { recursive: true });
  await cp(join(ROOT, 'electron/shared'), join(dir, 'shared'), { recursive: true });
  await cp(join(ROOT, 'electron/preload/preload.cts'), join(dir, 'preload/preload.ts'));
  await cp(join(ROOT, 'renderer/index.html'), join(dir, 'renderer/index.html'));
}

function toFinding(issue: RawIssue): Finding {
  return {
    id: issue.id, file: issue.file, line: issue.location.line, severity: issue.severity.name, confidence: issue.confidence.name,
    description: issue.description, sample: String(issue.sample ?? '').slice(0, 200),
  };
}
