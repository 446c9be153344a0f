import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { wrapHeader } from '../../../electron/core/layout/wrap-header.ts';
import { plainStyle } from '../../../electron/core/layout/text-style.ts';

const fonts = loadFonts({ bundledOnly: true });
const wrap = (text: string, width: number) => wrapHeader(text, plainStyle('heiti', 14), fonts, width).map((l) => l.atoms.map((a) => a.text).join(''));

test('a bracketed unit goes on its own line', () => {
  assert.deepEqual(wrap('千人口献血率（‰）', 90), ['千人口献血率', '（‰）']);
});

test('a header that fits stays on one line; "\\n" forces a break', () => {
  assert.deepEqual(wrap('千人口献血率（‰）', 200), ['千人口献血率（‰）']);
  assert.deepEqual(wrap('年度\n任务', 200), ['年度', '任务']);
});

test('a long header wraps evenly, not leaving one character alone', () => {
  assert.deepEqual(wrap('千人口献血率', 75), ['千人口', '献血率']);
});
