import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warmFace } from '../../../electron/core/fonts/warm-face.ts';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { advanceEm } from '../../../electron/core/layout/measure-text.ts';

test('warming a face changes no measurement: the same advances before and after', () => {
  const font = loadFonts({ bundledOnly: true }).faces.kaiti.font;
  const before = ['10402', '2.25‰', '（U、ml）'].map((t) => font.layout(t).advanceWidth);
  warmFace(font);
  assert.deepEqual(['10402', '2.25‰', '（U、ml）'].map((t) => font.layout(t).advanceWidth), before);
  assert.equal(advanceEm(font, '10402'), before[0]! / font.unitsPerEm);
});
