import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkGlyphs, findMissingGlyphs } from '../../../electron/core/pdf/check-glyphs.ts';
import { FontError } from '../../../electron/core/fonts/font-error.ts';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { layoutDocument } from '../../../electron/core/layout/layout-document.ts';
import type { BriefingDoc } from '../../../electron/core/doc-model.ts';
import { sampleBriefing } from '../layout/sample-briefing.ts';
import { sampleChart } from '../../fixtures/lib/sample-chart.ts';

const fonts = loadFonts({ bundledOnly: true });

function docWith(text: string): BriefingDoc {
  return { ...sampleBriefing(), masthead: null, tail: null, blocks: [{ kind: 'heading', level: 1, text: '一、概况' }, { kind: 'paragraph', text }] };
}

test('the sample briefing, with ‰, %, quotes and dashes, has every glyph in the bundled fonts', () => {
  assert.deepEqual(findMissingGlyphs(layoutDocument(sampleBriefing(), fonts), fonts), []);
});

test('a character missing from the body face is reported with its role and context', () => {
  const missing = findMissingGlyphs(layoutDocument(docWith('献血者留言😀很感人'), fonts), fonts);
  assert.deepEqual(missing.map((m) => [m.char, m.role, m.face]), [['😀', 'fangsong', 'Noto Serif SC Regular']]);
});

test('checkGlyphs refuses with a Chinese message naming the character, code point and role', () => {
  const layout = layoutDocument(docWith('献血者留言😀很感人'), fonts);
  assert.throws(() => checkGlyphs(layout, fonts), (e: unknown) =>
    e instanceof FontError && e.message.includes('“😀”') && e.message.includes('U+1F600') && e.message.includes('仿宋') && e.message.includes('无法导出'));
});

test('chart labels are text too: a character their face lacks is refused like any other', () => {
  const chart = { ...sampleChart(60), categories: ['临渭区', '华阴市😀', '潼关县'] };
  const doc: BriefingDoc = { ...sampleBriefing(), masthead: null, tail: null, blocks: [{ kind: 'figure', figure: { caption: '图1  测试', chart, widthMm: 150, heightMm: 60 } }] };
  const missing = findMissingGlyphs(layoutDocument(doc, fonts), fonts);
  assert.deepEqual(missing.map((m) => [m.char, m.role, m.context]), [['😀', 'song', '华阴市😀']]);
});
