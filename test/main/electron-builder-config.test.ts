/**
 * The packaging configuration, checked offline with electron-builder's own loader and schema validator
 * (the installers themselves need the Electron and NSIS downloads, which these machines cannot reach).
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: object | null): Promise<Record<string, any>>;
  validateConfiguration(config: object, debugLogger: object): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => object };

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const config = await getConfig(ROOT, 'electron-builder.yml', null);

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema validation', async () => {
    await validateConfiguration(config, new DebugLogger(false));
  });

  it('is checked for real: a misspelt option is refused', async () => {
    await assert.rejects(validateConfiguration({ ...config, nsis: { ...config.nsis, oneclick: false } }, new DebugLogger(false)), /configuration\.nsis/);
  });

  it('builds a per-user NSIS installer in Chinese, with shortcuts, keeping user data, and a portable exe', () => {
    assert.deepEqual(config.win.target.map((t: { target: string }) => t.target), ['nsis', 'portable']);
    const nsis = config.nsis;
    assert.equal(nsis.oneClick, false);
    assert.equal(nsis.perMachine, false);
    assert.equal(nsis.allowToChangeInstallationDirectory, true);
    assert.deepEqual(nsis.installerLanguages, ['zh_CN']);
    assert.equal(nsis.createDesktopShortcut, true);
    assert.equal(nsis.createStartMenuShortcut, true);
    assert.equal(nsis.deleteAppDataOnUninstall, false);
  });

  it('builds deb and AppImage for x64 and arm64', () => {
    assert.deepEqual(config.linux.target, [{ target: 'deb', arch: ['x64', 'arm64'] }, { target: 'AppImage', arch: ['x64', 'arm64'] }]);
  });

  it('flips the security fuses', () => {
    const fuses = config.electronFuses;
    assert.equal(fuses.runAsNode, false);
    assert.equal(fuses.enableEmbeddedAsarIntegrityValidation, true);
    assert.equal(fuses.onlyLoadAppFromAsar, true);
    assert.equal(fuses.enableNodeOptionsEnvironmentVariable, false);
    assert.equal(fuses.enableNodeCliInspectArguments, false);
    // The renderer is served over app://, so file:// keeps no extra privileges.
    assert.equal(fuses.grantFileProtocolExtraPrivileges, false);
  });

  it('starts the compiled main process and packs everything it loads', () => {
    assert.equal(config.extraMetadata.main, 'build/main/main.js');
    const patterns = config.files.flatMap((f: string | { filter: string[] }) => (typeof f === 'string' ? [f] : f.filter));
    for (const needed of ['build/main/**/*', 'build/preload/**/*', 'build/core/**/*', 'build/renderer/**/*', 'templates/fonts/**/*', 'templates/briefing/**/*']) {
      assert.ok(patterns.includes(needed), needed);
    }
  });
});
