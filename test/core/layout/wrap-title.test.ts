import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { wrapTitle } from '../../../electron/core/layout/wrap-title.ts';
import { TITLE_STYLE } from '../../../electron/core/layout/layout-title.ts';

const fonts = loadFonts({ bundledOnly: true });
const wrap = (text: string, width = 398) => wrapTitle(text, TITLE_STYLE, fonts, width).map((l) => l.atoms.map((a) => a.text).join(''));

test('a two-line title breaks after the period words, keeping 季度 whole', () => {
  assert.deepEqual(wrap('渭南市2025年第一季度血液采集与供应情况'), ['渭南市2025年第一季度', '血液采集与供应情况']);
});

test('a title that fits stays on one line', () => {
  assert.deepEqual(wrap('血液采集情况通报'), ['血液采集情况通报']);
});

test('with no good break point near the middle, the lines are even', () => {
  const lines = wrap('血'.repeat(30));
  assert.deepEqual(lines.map((l) => l.length), [15, 15]);
});
