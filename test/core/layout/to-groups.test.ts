import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { toAtoms } from '../../../electron/core/layout/to-atoms.ts';
import { toGroups } from '../../../electron/core/layout/to-groups.ts';
import { plainStyle } from '../../../electron/core/layout/text-style.ts';

const fonts = loadFonts({ bundledOnly: true });
const groups = (text: string) => toGroups(toAtoms(text, plainStyle('fangsong', 16), fonts)).map((g) => g.map((a) => a.text).join(''));

test('numbers with ‰ and % are atoms; closing marks join what precedes, opening marks what follows', () => {
  assert.deepEqual(groups('率2.25‰，（同比3.1%）'), ['率', '2.25‰，', '（同', '比', '3.1%）']);
});

test('dashes and ellipses stay in pairs; spaces separate Latin words', () => {
  assert.deepEqual(groups('好——是……WHO 标准'), ['好——', '是……', 'WHO', ' ', '标', '准']);
});
