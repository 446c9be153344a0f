import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renumberClipIds } from '../../../electron/core/charts/renumber-clip-ids.ts';

test("Skia's hexadecimal clip ids are renumbered in order of appearance under the chart key", () => {
  const svg = '<clipPath id="cl_a"/><g clip-path="url(#cl_a)"/><clipPath id="cl_1f"/><g clip-path="url(#cl_1f)"/>';
  assert.equal(renumberClipIds(svg, 'county-rate'),
    '<clipPath id="county-rate-clip1"/><g clip-path="url(#county-rate-clip1)"/><clipPath id="county-rate-clip2"/><g clip-path="url(#county-rate-clip2)"/>');
});
