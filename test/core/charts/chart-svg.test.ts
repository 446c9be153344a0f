import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartSvg } from '../../../electron/core/charts/chart-svg.ts';
import { countyRateChart } from '../../../electron/core/charts/county-rate-chart.ts';
import { fixtureSummary } from './fixture-summary.ts';

const svg = chartSvg(countyRateChart(fixtureSummary()));

test('the SVG scales by viewBox at its paper size in points (150 × 90 mm = 425 × 255 pt)', () => {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  assert.match(root, /viewBox="0 0 425 255"/);
  assert.doesNotMatch(root, /\swidth=|\sheight=/);
});

test('all text is drawn as paths: no <text>, many glyph paths, the colours of the bars and city line', () => {
  assert.doesNotMatch(svg, /<text/);
  assert.ok((svg.match(/<path /g) ?? []).length > 60);
  assert.match(svg, /fill="#1F3864"/i);
  assert.match(svg, /fill="#9B1C1C" d="M226.4921 14L226.4921 18/i, "the city line is dashed at 2.46‰");
  assert.match(svg, /<rect fill="white" width="425" height="255"\/>/);
});

test('the same figures give the identical SVG string', () => {
  assert.equal(chartSvg(countyRateChart(fixtureSummary())), svg);
});

test('different figures give a different drawing', () => {
  const base = fixtureSummary();
  const changed = { ...base, counties: base.counties.map((c) => (c.name === '华阴市' ? { ...c, ratePerThousand: 3.5 } : c)) };
  assert.notEqual(chartSvg(countyRateChart(changed)), svg);
});
