import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verticalBarMarks } from '../../../electron/core/charts/vertical-bar-marks.ts';
import { monthlyTrendChart } from '../../../electron/core/charts/monthly-trend-chart.ts';
import { CHART_INKS } from '../../../electron/core/charts/chart-style.ts';
import { mm } from '../../../electron/core/layout/page-geometry.ts';
import { fixtureFigures } from './fixture-summary.ts';
import { FONTS, outside, overlappingLabels, proportional, rectsOf, textsOf } from './mark-probe.ts';

const spec = monthlyTrendChart(fixtureFigures());
const [W, H] = [mm(spec.widthMm), mm(spec.heightMm)];
const marks = verticalBarMarks(spec, FONTS, W, H);
/** Bars are the rects taller than a legend key. */
const bars = rectsOf(marks).filter((r) => r.height > 8);

test('bars stand on one baseline, heights proportional to the monthly 献血人次, last year left of this year', () => {
  const values = [4305, 4149, 2550, 2882, 4260, 4438];
  assert.equal(bars.length, 6);
  const base = bars[0]!.y + bars[0]!.height;
  assert.ok(bars.every((b) => Math.abs(b.y + b.height - base) < 1e-6));
  assert.ok(proportional(bars.map((b) => b.height), values));
  assert.deepEqual(bars.map((b) => b.color), [CHART_INKS.context, CHART_INKS.focus, CHART_INKS.context, CHART_INKS.focus, CHART_INKS.context, CHART_INKS.focus]);
  assert.ok(bars.every((b, i) => i === 0 || b.x > bars[i - 1]!.x + bars[i - 1]!.width));
});

test('the tick labels are the statistics ticks, on grid lines at their values', () => {
  const ticks = textsOf(marks).filter((t) => /^\d+$/.test(t.text) && t.x + t.width < bars[0]!.x);
  assert.deepEqual(ticks.map((t) => t.text), spec.ticks.map(String));
  const base = bars[0]!.y + bars[0]!.height;
  const unit = (base - (ticks.at(-1)!.y - 0.38 * 9)) / spec.ticks.at(-1)!;
  assert.ok(Math.abs(bars[0]!.height - 4305 * unit) < 1e-6, 'a bar of 4305 is 4305 ticks-units tall');
});

test('counts above the bars, the legend and the axis title are real text and never overlap; all inside the figure', () => {
  const said = textsOf(marks).map((t) => t.text);
  for (const s of ['4305', '4149', '2550', '2882', '4260', '4438', '2024年', '2025年', '献血人次（人次）', '1月', '2月', '3月']) assert.ok(said.includes(s), s);
  assert.deepEqual(overlappingLabels(marks), []);
  assert.deepEqual(outside(marks, W, H), []);
});
