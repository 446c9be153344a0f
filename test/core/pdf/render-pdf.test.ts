import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { FontError } from '../../../electron/core/fonts/font-error.ts';
import { layoutDocument } from '../../../electron/core/layout/layout-document.ts';
import { renderPdf } from '../../../electron/core/pdf/render-pdf.ts';
import { sampleBriefing } from '../layout/sample-briefing.ts';

const fonts = loadFonts({ bundledOnly: true });
const doc = sampleBriefing();
const layout = layoutDocument(doc, fonts);
const dir = mkdtempSync(join(tmpdir(), 'render-pdf-'));
const pdf = await renderPdf(layout, fonts, doc.meta);
const file = join(dir, 'brief.pdf');
writeFileSync(file, pdf);
test.after(() => rmSync(dir, { recursive: true, force: true }));

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });

test('two renders of the same layout are byte-identical; another creation date changes the bytes', async () => {
  assert.ok(pdf.equals(await renderPdf(layoutDocument(sampleBriefing(), loadFonts({ bundledOnly: true })), fonts, doc.meta)));
  const later = await renderPdf(layout, fonts, { ...doc.meta, creationDate: new Date('2025-04-12T08:00:00Z') });
  assert.ok(!pdf.equals(later));
});

test('Chinese text, numbers, ‰ and % extract correctly with pdftotext', () => {
  const text = poppler('pdftotext', '-layout').concat(poppler('pdftotext', '-raw'));
  for (const s of ['血液保障工作简报', '第3期', '渭南市中心血站编', '2025年4月11日', '全市共采集10402人次，其中全血9960人次',
    '千人口献血率2.25‰', '同比增长3.1%', '一、血液采集情况', '（一）全血采集', '续表1', '合计', '16011', '共印20份', '报：渭南市卫生健康委员会']) {
    assert.ok(text.includes(s), `missing “${s}”`);
  }
  for (const page of layout.pages) assert.match(text, new RegExp(`—\\s*${page.number}\\s*—`));
});

test('every font is an embedded subset with a ToUnicode map; no standard 14 font sneaks in', () => {
  const rows = poppler('pdffonts').trim().split('\n').slice(2);
  assert.deepEqual(rows.map((r) => r.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).sort(), ['LXGWWenKai-Regular', 'NotoSansSC-Bold', 'NotoSerifSC-Bold', 'NotoSerifSC-Regular']);
  for (const row of rows) assert.match(row, /CID TrueType\s+Identity-H\s+yes yes yes/);
});

test('Info carries title, author, subject, creator, the given dates and the face serving each role', () => {
  const info = poppler('pdfinfo', '-custom', '-isodates');
  assert.match(info, /^Title:\s+血液保障工作简报 2025年第一季度$/m);
  assert.match(info, /^Author:\s+渭南市中心血站$/m);
  assert.match(info, /^Subject:\s+2025年第一季度血液采集与供应情况$/m);
  assert.match(info, /^Creator:\s+blood-brief$/m);
  assert.match(info, /^CreationDate:\s+2025-04-11T08:00:00Z$/m);
  assert.match(info, /^ModDate:\s+2025-04-11T08:00:00Z$/m);
  assert.match(info, /^BloodBriefFonts:\s+fangsong: Noto Serif SC Regular \[NotoSerifSC-Regular\.ttf\]; heiti: Noto Sans SC Bold/m);
});

test('pages are A4, landscape table pages A4 turned', () => {
  const sizes = poppler('pdfinfo', '-f', '1', '-l', String(layout.pages.length)).match(/size:\s+[\d.]+ x [\d.]+/g)!;
  assert.deepEqual(sizes.map((s) => s.replace(/size:\s+/, '')), layout.pages.map((p) => (p.orientation === 'portrait' ? '595.276 x 841.89' : '841.89 x 595.276')));
  assert.ok(layout.pages.some((p) => p.orientation === 'landscape'));
});

test('a character missing from its face rejects the export with a Chinese FontError', async () => {
  const bad = { ...doc, blocks: [{ kind: 'paragraph' as const, text: '表情😀' }] };
  await assert.rejects(renderPdf(layoutDocument(bad, fonts), fonts, doc.meta), (e: unknown) => e instanceof FontError && e.message.includes('U+1F600'));
});
