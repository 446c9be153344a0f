import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { bundledFontPath } from '../../../electron/core/fonts/bundled-font-files.ts';
import { FontError } from '../../../electron/core/fonts/font-error.ts';
import { openFont } from '../../../electron/core/fonts/open-font.ts';

test('bundledOnly serves every role from the bundled OFL fonts', () => {
  const fonts = loadFonts({ bundledOnly: true });
  assert.equal(fonts.faces.fangsong.fullName, 'Noto Serif SC Regular');
  assert.equal(fonts.faces.song.fullName, 'Noto Serif SC Regular');
  assert.equal(fonts.faces.kaiti.fullName, 'LXGW WenKai');
  assert.equal(fonts.faces.title.fullName, 'Noto Serif SC Bold');
  assert.equal(fonts.faces.heiti.fullName, 'Noto Sans SC Bold');
  assert.ok(Object.values(fonts.faces).every((f) => f.bundled));
  assert.match(fonts.faces.heiti.path, /templates[\\/]fonts[\\/]NotoSansSC-Bold\.ttf$/);
});

test('each font file is parsed once and shared by the roles it serves', () => {
  const a = loadFonts({ bundledOnly: true });
  const b = loadFonts({ bundledOnly: true });
  assert.equal(a.faces.fangsong.font, a.faces.song.font);
  assert.equal(a.faces.fangsong.font, b.faces.song.font);
  assert.notEqual(a.faces.fangsong.font, a.faces.title.font);
});

test('an explicit path wins for its role', () => {
  const fonts = loadFonts({ bundledOnly: true, paths: { fangsong: bundledFontPath('heiti') } });
  assert.equal(fonts.faces.fangsong.fullName, 'Noto Sans SC Bold');
  assert.equal(fonts.faces.fangsong.bundled, false);
  assert.equal(fonts.faces.song.fullName, 'Noto Serif SC Regular');
});

test('an installed official face is found by file name, case-insensitively, in sub-folders', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'fonts-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'winfonts'));
  symlinkSync(bundledFontPath('heiti'), join(dir, 'winfonts', 'SIMHEI.TTF'));
  const fonts = loadFonts({ searchDirs: [dir] });
  assert.equal(fonts.faces.heiti.path, join(dir, 'winfonts', 'SIMHEI.TTF'));
  assert.equal(fonts.faces.heiti.bundled, false);
  assert.equal(fonts.faces.fangsong.bundled, true);
});

test('a missing font file is a Chinese error naming the path', () => {
  assert.throws(() => loadFonts({ paths: { heiti: '/nonexistent/simhei.ttf' } }), (e: unknown) =>
    e instanceof FontError && e.message.includes('/nonexistent/simhei.ttf') && e.message.includes('无法读取字体文件'));
});

const TTC = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';

test('a face inside a TrueType collection is chosen by PostScript name', { skip: !existsSync(TTC) && 'fonts-noto-cjk not installed' }, () => {
  assert.equal(openFont(TTC, 'NotoSerifCJKsc-Regular').postscriptName, 'NotoSerifCJKsc-Regular');
  assert.equal(openFont(TTC, 'NotoSerifCJKjp-Regular').postscriptName, 'NotoSerifCJKjp-Regular');
  assert.throws(() => openFont(TTC, 'SimSun'), /没有名为“SimSun”的字体/);
});
