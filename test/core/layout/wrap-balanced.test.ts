import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wrapBalanced } from '../../../electron/core/layout/wrap-balanced.ts';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { plainStyle } from '../../../electron/core/layout/text-style.ts';
import type { Line } from '../../../electron/core/layout/break-lines.ts';

const fonts = loadFonts({ bundledOnly: true });
const text = (lines: readonly Line[]) => lines.map((l) => l.atoms.map((a) => a.text).join(''));

test('lines come out as even as the width allows, not greedy with one character left over', () => {
  assert.deepEqual(text(wrapBalanced('千人口献血率', plainStyle('heiti', 12), fonts, 5 * 12)), ['千人口', '献血率']);
  assert.deepEqual(text(wrapBalanced('千人口献血率', plainStyle('heiti', 12), fonts, 10 * 12)), ['千人口献血率']);
});

test('a remembered wrap is the wrap of its own width, size and face: another width, size or face is wrapped anew', () => {
  const style = plainStyle('heiti', 12);
  const narrow = wrapBalanced('单采血小板治疗量', style, fonts, 4 * 12);
  assert.equal(wrapBalanced('单采血小板治疗量', style, fonts, 4 * 12), narrow, 'the same lines, shared');
  assert.deepEqual(text(narrow), ['单采血小', '板治疗量']);
  assert.deepEqual(text(wrapBalanced('单采血小板治疗量', style, fonts, 8 * 12)), ['单采血小板治疗量']);
  assert.deepEqual(text(wrapBalanced('单采血小板治疗量', plainStyle('heiti', 24), fonts, 4 * 12)), ['单采', '血小', '板治', '疗量']);
  assert.notEqual(wrapBalanced('单采血小板治疗量', plainStyle('kaiti', 12), fonts, 4 * 12), narrow);
});
