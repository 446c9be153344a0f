import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeFonts } from '../../../electron/core/fonts/describe-fonts.ts';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';

test('names the face serving each role by file name only', () => {
  assert.equal(describeFonts(loadFonts({ bundledOnly: true })),
    'fangsong: Noto Serif SC Regular [NotoSerifSC-Regular.ttf]; heiti: Noto Sans SC Bold [NotoSansSC-Bold.ttf]; ' +
    'kaiti: LXGW WenKai [LXGWWenKai-Regular.ttf]; title: Noto Serif SC Bold [NotoSerifSC-Bold.ttf]; ' +
    'song: Noto Serif SC Regular [NotoSerifSC-Regular.ttf]');
});
