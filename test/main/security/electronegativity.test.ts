/**
 * @doyensec/electronegativity over the app's Electron code (offline, AvailableSecurityFixesGlobalCheck off):
 * every finding must be explained in electronegativity-allowlist.json with a reason, and every entry there
 * must still be needed.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { runElectronegativity, type Finding } from './run-electronegativity.ts';

interface Allowed {
  readonly check: string;
  readonly file: string;
  readonly reason: string;
}

const allowlist = JSON.parse(await readFile(new URL('./electronegativity-allowlist.json', import.meta.url), 'utf8')) as Allowed[];
const scan = await runElectronegativity();

function isAllowed(finding: Finding): boolean {
  return allowlist.some((a) => a.check === finding.id && a.file === finding.file);
}

describe('electronegativity', () => {
  it('ran its checks over every source file', () => {
    assert.ok(scan.checks >= 30, `only ${scan.checks} checks loaded`);
    assert.deepEqual(scan.errors, []);
  });

  it('finds nothing that the allow-list does not explain', () => {
    const unexplained = scan.findings.filter((f) => !isAllowed(f));
    assert.deepEqual(unexplained.map((f) => `${f.id} ${f.file}:${f.line} ${f.description}`), []);
  });

  it('has a real reason for each allow-list entry, and no stale entry', () => {
    for (const entry of allowlist) {
      assert.ok(entry.reason.length >= 80, `${entry.check}: give a real reason`);
      assert.ok(scan.findings.some((f) => f.id === entry.check && f.file === entry.file), `${entry.check} ${entry.file} is no longer reported: remove it`);
    }
  });

  it('bites: a window with Node in the page and no isolation or sandbox is reported', async () => {
    // Two windows: electronegativity misses nodeIntegration: true when a sandbox key sits next to it (our lint covers that).
    const bad = "import { BrowserWindow } from 'electron';\nnew BrowserWindow({ webPreferences: { nodeIntegration: true } });\n"
      + 'new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } });\n';
    const { findings } = await runElectronegativity({ 'main/bad-window.ts': bad });
    const ids = findings.filter((f) => f.file === 'main/bad-window.ts').map((f) => f.id);
    for (const id of ['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']) assert.ok(ids.includes(id), `${id} missing from ${ids.join(',')}`);
  });
});
