import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { serveAppRequest } from '../../../electron/main/protocol/serve-app-request.ts';

const base = await mkdtemp(join(tmpdir(), 'blood-brief-app-protocol-'));
const root = join(base, 'renderer');
await mkdir(join(root, 'assets'), { recursive: true });
await writeFile(join(root, 'index.html'), '<!doctype html><title>血站季报</title>');
await writeFile(join(root, 'assets', 'index.js'), 'console.log(1);');
await writeFile(join(base, 'secret.json'), '{"password":"x"}');
after(() => rm(base, { recursive: true, force: true }));

describe('serveAppRequest', () => {
  it('serves the page and its assets with their content types', async () => {
    const page = await serveAppRequest('app://renderer/index.html', root);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(await page.text(), '<!doctype html><title>血站季报</title>');
    const script = await serveAppRequest('app://renderer/assets/index.js', root);
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(await script.text(), 'console.log(1);');
  });

  it('answers 404 for a missing file, a folder, an unknown type and a file outside the folder', async () => {
    for (const url of ['app://renderer/assets/missing.js', 'app://renderer/assets', 'app://renderer/assets/index.js.map', 'app://renderer/%2e%2e/secret.json', 'app://renderer/..%2fsecret.json']) {
      const response = await serveAppRequest(url, root);
      assert.equal(response.status, 404, url);
      assert.equal(await response.text(), 'Not Found');
    }
  });
});
