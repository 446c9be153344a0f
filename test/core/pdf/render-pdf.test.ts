import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { FontError } from '../../../electron/core/fonts/font-error.ts';
import { layoutDocument } from '../../../electron/core/layout/layout-document.ts';
import { renderPdf } from '../../../electron/core/pdf/render-pdf.ts';
import { sampleBriefing } from '../layout/sample-briefing.ts';
import { pdfDateToIso, pdfFonts, pdfInfo, pdfPageSizes, pdfText } from '../../fixtures/lib/pdf-inspect.ts';

const fonts = loadFonts({ bundledOnly: true });
const doc = sampleBriefing();
const layout = layoutDocument(doc, fonts);
const pdf = await renderPdf(layout, fonts, doc.meta);

test('two renders of the same layout are byte-identical; another creation date changes the bytes', async () => {
  assert.ok(pdf.equals(await renderPdf(layoutDocument(sampleBriefing(), loadFonts({ bundledOnly: true })), fonts, doc.meta)));
  const later = await renderPdf(layout, fonts, { ...doc.meta, creationDate: new Date('2025-04-12T08:00:00Z') });
  assert.ok(!pdf.equals(later));
});

test('Chinese text, numbers, ‰ and % extract correctly', () => {
  const lines = pdfText(pdf);
  const text = lines + lines.replace(/\s+/g, '');
  for (const s of ['血液保障工作简报', '第3期', '渭南市中心血站编', '2025年4月11日', '全市共采集10402人次，其中全血9960人次',
    '千人口献血率2.25‰', '同比增长3.1%', '一、血液采集情况', '（一）全血采集', '续表1', '合计', '16011', '共印20份', '报：渭南市卫生健康委员会']) {
    assert.ok(text.includes(s), `missing “${s}”`);
  }
  for (const page of layout.pages) assert.match(text, new RegExp(`—\\s*${page.number}\\s*—`));
});

test('every font is an embedded subset with a ToUnicode map; no standard 14 font sneaks in', () => {
  const fonts = pdfFonts(pdf);
  assert.deepEqual(fonts.map((f) => f.name).sort(), ['LXGWWenKai-Regular', 'NotoSansSC-Bold', 'NotoSerifSC-Bold', 'NotoSerifSC-Regular']);
  for (const font of fonts) {
    assert.deepEqual(font, { name: font.name, type: 'Type0', cidType: 'CIDFontType2', encoding: 'Identity-H', embedded: true, subset: true, toUnicode: true });
  }
});

test('Info carries title, author, subject, creator, the given dates and the face serving each role', () => {
  const info = pdfInfo(pdf);
  assert.equal(info.Title, '血液保障工作简报 2025年第一季度');
  assert.equal(info.Author, '渭南市中心血站');
  assert.equal(info.Subject, '2025年第一季度血液采集与供应情况');
  assert.equal(info.Creator, 'blood-brief');
  assert.equal(pdfDateToIso(info.CreationDate!), '2025-04-11T08:00:00Z');
  assert.equal(pdfDateToIso(info.ModDate!), '2025-04-11T08:00:00Z');
  assert.match(info.BloodBriefFonts!, /^fangsong: Noto Serif SC Regular \[NotoSerifSC-Regular\.ttf\]; heiti: Noto Sans SC Bold/);
});

test('pages are A4, landscape table pages A4 turned', () => {
  const sizes = pdfPageSizes(pdf).map((p) => `${p.width} x ${p.height}`);
  assert.deepEqual(sizes, layout.pages.map((p) => (p.orientation === 'portrait' ? '595.276 x 841.89' : '841.89 x 595.276')));
  assert.ok(layout.pages.some((p) => p.orientation === 'landscape'));
});

test('a character missing from its face rejects the export with a Chinese FontError', async () => {
  const bad = { ...doc, blocks: [{ kind: 'paragraph' as const, text: '表情😀' }] };
  await assert.rejects(renderPdf(layoutDocument(bad, fonts), fonts, doc.meta), (e: unknown) => e instanceof FontError && e.message.includes('U+1F600'));
});
