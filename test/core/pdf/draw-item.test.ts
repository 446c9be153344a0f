/**
 * Charts drawn straight into pdfkit: their labels are text in the embedded song face (searchable, extractable, no
 * glyph outlines), their bars filled paths, and the inks that must be told apart stay apart in greyscale print.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as mupdf from 'mupdf';
import { buildBriefing } from '../../../electron/core/briefing/build-briefing.ts';
import { briefingCharts } from '../../../electron/core/charts/briefing-charts.ts';
import { CHART_INKS } from '../../../electron/core/charts/chart-style.ts';
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import { layoutDocument } from '../../../electron/core/layout/layout-document.ts';
import type { Cmyk, FigureItem, LayoutPage, RectItem } from '../../../electron/core/layout/layout-types.ts';
import { renderPdf } from '../../../electron/core/pdf/render-pdf.ts';
import { SETTINGS, WEINAN_SUMMARY } from '../briefing/weinan-fixture.ts';
import { pdfFonts, pdfPageTexts } from '../../fixtures/lib/pdf-inspect.ts';

const fonts = loadFonts({ bundledOnly: true });
const doc = buildBriefing(WEINAN_SUMMARY, SETTINGS, briefingCharts(WEINAN_SUMMARY));
const layout = layoutDocument(doc, fonts);
const pdf = await renderPdf(layout, fonts, doc.meta);
const pages = pdfPageTexts(pdf);

const figureOn = (page: LayoutPage, key: string): FigureItem | undefined => page.items.find((i): i is FigureItem =>
  i.kind === 'figure' && doc.blocks[i.ref!.block]?.kind === 'figure' && (doc.blocks[i.ref!.block] as { figure: { key?: string } }).figure.key === key);
const pageOf = (key: string) => layout.pages.findIndex((p) => figureOn(p, key) !== undefined);

test('every chart label is text in the PDF: names, values as the tables print them, ticks, units, legend', () => {
  const rate = pages[pageOf('county-rate')]!;
  for (const s of ['临渭区', '华阴市', '潼关县', '全市 2.25‰', '千人口献血率（‰）']) assert.ok(rate.includes(s), s);
  for (const c of WEINAN_SUMMARY.counties) assert.ok(rate.includes(`${c.ratePerThousand!.toFixed(2)}‰`), c.name);
  const monthly = pages[pageOf('monthly-donations')]!;
  for (const m of WEINAN_SUMMARY.months) assert.ok(monthly.includes(String(WEINAN_SUMMARY.cityMonths[m]!.donors)), m);
  for (const t of WEINAN_SUMMARY.axisTicks.monthlyDonors) assert.match(monthly, new RegExp(`(^|\\s)${t}(\\s|$)`, 'm'));
  for (const s of ['2024年', '2025年', '献血人次（人次）', '1月', '3月']) assert.ok(monthly.includes(s), s);
  const supply = pages[pageOf('hospital-supply')]!;
  for (const s of ['红细胞', '（U）', '血浆', '（ml）', '单采血小板', '（治疗量）', '冷沉淀', '9000', '120000', '300', '600', '6000', '60000', '150']) assert.ok(supply.includes(s), s);
});

test('the charts add no font and no outlines: the same four embedded subsets with ToUnicode as the text', () => {
  const faces = pdfFonts(pdf);
  assert.deepEqual(faces.map((f) => f.name).sort(), ['LXGWWenKai-Regular', 'NotoSansSC-Bold', 'NotoSerifSC-Bold', 'NotoSerifSC-Regular']);
  assert.ok(faces.every((f) => f.embedded && f.subset && f.toUnicode));
  assert.ok(pdf.length / layout.pages.length < 20 * 1024, `${(pdf.length / layout.pages.length / 1024).toFixed(1)} KB per page`);
});

/** The grey value (0 black … 255 white) the page prints at the centre of a bar, rendered in DeviceGray. */
function greyAt(pageIndex: number, bar: RectItem): number {
  const scale = 2;
  const pixmap = mupdf.Document.openDocument(pdf, 'application/pdf').loadPage(pageIndex).toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceGray, false, true);
  const x = Math.round((bar.x + bar.width / 2) * scale);
  const y = Math.round((bar.y + bar.height / 2) * scale);
  return pixmap.getPixels()[y * pixmap.getStride() + x * pixmap.getNumberOfComponents()]!;
}

function barOf(page: number, key: string, color: Cmyk): RectItem {
  return figureOn(layout.pages[page]!, key)!.marks.find((m): m is RectItem => m.kind === 'rect' && m.color === color && m.height > 10)!;
}

test('in greyscale, this year’s bars print clearly darker than last year’s, and every bar stands off the paper', () => {
  const page = pageOf('monthly-donations');
  const focus = greyAt(page, barOf(page, 'monthly-donations', CHART_INKS.focus));
  const context = greyAt(page, barOf(page, 'monthly-donations', CHART_INKS.context));
  assert.ok(context - focus >= 80, `this year ${focus}, last year ${context}`);
  assert.ok(context <= 200, `last year ${context} is not lost on white paper`);
  const supply = pageOf('hospital-supply');
  assert.ok(greyAt(supply, barOf(supply, 'hospital-supply', CHART_INKS.series)) <= 110);
});
