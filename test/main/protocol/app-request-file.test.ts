import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { appRequestFile } from '../../../electron/main/protocol/app-request-file.ts';

const ROOT = resolve('/opt/blood-brief/build/renderer');

describe('appRequestFile', () => {
  it('maps app://renderer/ paths into the renderer folder with their content type', () => {
    assert.deepEqual(appRequestFile('app://renderer/index.html', ROOT), { path: join(ROOT, 'index.html'), mime: 'text/html; charset=utf-8' });
    assert.deepEqual(appRequestFile('app://renderer/assets/index-Bx1.js?v=1#top', ROOT), { path: join(ROOT, 'assets', 'index-Bx1.js'), mime: 'text/javascript; charset=utf-8' });
    assert.equal(appRequestFile('app://renderer/assets/a.css', ROOT)?.mime, 'text/css; charset=utf-8');
    assert.equal(appRequestFile('app://renderer/icon.svg', ROOT)?.mime, 'image/svg+xml');
    assert.equal(appRequestFile('app://renderer/assets/logo.PNG', ROOT)?.mime, 'image/png');
    assert.equal(appRequestFile('app://renderer/assets/noto.woff2', ROOT)?.mime, 'font/woff2');
    assert.equal(appRequestFile('app://renderer/manifest.json', ROOT)?.mime, 'application/json; charset=utf-8');
  });

  it('serves index.html for the bare origin and decodes percent-encoded names', () => {
    assert.equal(appRequestFile('app://renderer/', ROOT)?.path, join(ROOT, 'index.html'));
    assert.equal(appRequestFile('app://renderer/assets/%E5%9B%BE%E6%A0%87.svg', ROOT)?.path, join(ROOT, 'assets', '图标.svg'));
  });

  it('refuses path traversal, plain or encoded', () => {
    for (const url of [
      'app://renderer/../main/main.js',
      'app://renderer/assets/../../main/main.js',
      'app://renderer/%2e%2e/main/main.js',
      'app://renderer/%2E%2E%2Fmain%2Fmain.js',
      'app://renderer/..%2f..%2f..%2fetc%2fpasswd.json',
      'app://renderer/assets/..%5c..%5cmain.js',
      'app://renderer/%252e%252e/x.js',
      'app://renderer/a%00.js',
      'app://renderer/C:%5Cwindows%5Cwin.ini.json',
      'app://renderer/%E0%A4%A.js',
    ]) {
      const file = appRequestFile(url, ROOT);
      assert.ok(file === null || file.path.startsWith(ROOT + '/'), url);
    }
    // The URL parser itself reads %2e%2e as `..` and clamps it at the origin's root: still inside the folder.
    assert.equal(appRequestFile('app://renderer/%2e%2e/main/main.js', ROOT)?.path, join(ROOT, 'main', 'main.js'));
    assert.equal(appRequestFile('app://renderer/assets/../../../main.js', ROOT)?.path, join(ROOT, 'main.js'));
    // Encoded slashes survive parsing and decode to `../`: refused.
    assert.equal(appRequestFile('app://renderer/..%2f..%2f..%2fetc%2fpasswd.json', ROOT), null);
    assert.equal(appRequestFile('app://renderer/assets/..%5c..%5cmain.js', ROOT), null);
    assert.equal(appRequestFile('app://renderer/a%00.js', ROOT), null);
    assert.equal(appRequestFile('app://renderer/%E0%A4%A.js', ROOT), null);
  });

  it('refuses other schemes and hosts, and extensions the renderer never ships', () => {
    assert.equal(appRequestFile('file:///opt/blood-brief/build/renderer/index.html', ROOT), null);
    assert.equal(appRequestFile('app://evil/index.html', ROOT), null);
    assert.equal(appRequestFile('https://renderer/index.html', ROOT), null);
    assert.equal(appRequestFile('app://renderer/blood-brief.sqlite', ROOT), null);
    assert.equal(appRequestFile('app://renderer/assets/index.js.map', ROOT), null);
    assert.equal(appRequestFile('app://renderer/README', ROOT), null);
    assert.equal(appRequestFile('not a url', ROOT), null);
  });
});
