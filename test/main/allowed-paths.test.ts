import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createAllowedPaths } from '../../electron/main/allowed-paths.ts';

describe('createAllowedPaths', () => {
  const root = join('/data', '报表');

  it('allows nothing until the user chose something', () => {
    assert.equal(createAllowedPaths().allows('/data/报表/华阴市.xlsx'), false);
  });

  it('allows a chosen file and everything inside a chosen folder', () => {
    const allowed = createAllowedPaths();
    allowed.add([root, '/other/单独.xlsx']);
    assert.equal(allowed.allows(join(root, '2025', '华阴市.xlsx')), true);
    assert.equal(allowed.allows(root), true);
    assert.equal(allowed.allows('/other/单独.xlsx'), true);
  });

  it('refuses siblings, parents and escapes with ..', () => {
    const allowed = createAllowedPaths();
    allowed.add([root, '/other/单独.xlsx']);
    assert.equal(allowed.allows('/data'), false);
    assert.equal(allowed.allows('/data/报表2/a.xlsx'), false);
    assert.equal(allowed.allows(join(root, '..', '..', 'etc', 'passwd')), false);
    assert.equal(allowed.allows('/other/别的.xlsx'), false);
  });
});
