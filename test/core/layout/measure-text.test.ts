import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { advanceEm, textWidth } from '../../../electron/core/layout/measure-text.ts';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { FONT_ROLES } from '../../../electron/core/fonts/font-types.ts';

const fonts = loadFonts({ bundledOnly: true });
/** Every character the briefing's wording, figure labels and county names print, plus digits, signs and punctuation. */
const CHARS = [...new Set(readFileSync(new URL('../../../templates/briefing/wording.json', import.meta.url), 'utf8')
  + readFileSync(new URL('../../../electron/core/figure-labels.ts', import.meta.url), 'utf8')
  + '0123456789.-+‰%（）：；、，。“”—…临渭区华州区潼关县大荔县合阳县澄城县蒲城县白水县富平县韩城市华阴市 　𠀀')];

test('a single character measures as fontkit shapes it, in every bundled face', () => {
  for (const role of FONT_ROLES) {
    const font = fonts.faces[role].font;
    const differ = CHARS.filter((c) => advanceEm(font, c) !== font.layout(c).advanceWidth / font.unitsPerEm);
    assert.deepEqual(differ, [], role);
  }
});

test('runs of several characters are shaped (kerning and all) and scale with the size', () => {
  const font = fonts.faces.fangsong.font;
  assert.equal(advanceEm(font, '10402'), font.layout('10402').advanceWidth / font.unitsPerEm);
  assert.equal(textWidth(fonts, 'fangsong', 16, '2.25‰'), 16 * font.layout('2.25‰').advanceWidth / font.unitsPerEm);
  assert.equal(textWidth(fonts, 'heiti', 16, '血'), 16, 'a CJK character is one em wide');
});
