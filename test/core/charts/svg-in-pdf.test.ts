import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { chartSvg } from '../../../electron/core/charts/chart-svg.ts';
import { hospitalSupplyChart } from '../../../electron/core/charts/hospital-supply-chart.ts';
import { fixtureSummary } from './fixture-summary.ts';

type SvgToPdf = (doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options: { width: number; height: number }) => void;
const svgToPdf = createRequire(import.meta.url)('svg-to-pdfkit') as SvgToPdf;

/** An uncompressed one-page PDF with the chart placed at 150 mm wide. */
async function pdfWithChart(svg: string): Promise<string> {
  const doc = new PDFDocument({ size: 'A4', compress: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  svgToPdf(doc, svg, 79, 105, { width: 425, height: 170 });
  doc.end();
  await done;
  return Buffer.concat(chunks).toString('latin1');
}

test('svg-to-pdfkit draws the chart as vector paths without any text or font', async () => {
  const pdf = await pdfWithChart(chartSvg(hospitalSupplyChart(fixtureSummary())));
  assert.doesNotMatch(pdf, /\/Font|\bTj\b|\bTJ\b/);
  assert.ok((pdf.match(/ c\n/g) ?? []).length > 1000, 'glyph outlines are Bézier curves');
  assert.match(pdf, /^0\.6078\d* 0\.1098\d* 0\.1098\d* scn$/m, 'dark-red fill of the red-cell bars');
});
