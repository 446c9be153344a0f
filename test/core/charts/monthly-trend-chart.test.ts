import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthLastYear } from '../../../electron/core/charts/month-last-year.ts';
import { monthlyTrendChart } from '../../../electron/core/charts/monthly-trend-chart.ts';
import { fixtureFigures, fixtureSummary } from './fixture-summary.ts';

test('the same month last year crosses into the previous year', () => {
  assert.equal(monthLastYear('2025-03'), '2024-03');
  assert.equal(monthLastYear('2025-12'), '2024-12');
});

test('图2: last year (light) beside this year (dark red), city 献血人次 per month from the statistics, counts on the bars', () => {
  const spec = monthlyTrendChart(fixtureFigures());
  assert.equal(spec.caption, '2025年第一季度各月献血人次与上年同期对比');
  assert.equal(spec.direction, 'vertical');
  assert.deepEqual(spec.categories, ['1月', '2月', '3月']);
  assert.deepEqual(spec.series.map((s) => [s.name, s.values, s.labels]), [
    ['2024年', [4305, 2550, 4260], ['4305', '2550', '4260']],
    ['2025年', [4149, 2882, 4438], ['4149', '2882', '4438']],
  ]);
  assert.deepEqual(spec.ticks, [0, 1000, 2000, 3000, 4000, 5000]);
  assert.equal(spec.reference, null);
});

test('a month without any record has no bar (not a zero); without last year only this year is drawn', () => {
  const base = fixtureSummary();
  const summary = { ...base, lastYearMonths: {}, counties: base.counties.map((c) => ({ ...c, months: { '2025-01': c.months['2025-01']!, '2025-02': c.months['2025-02']! } })) };
  const spec = monthlyTrendChart(fixtureFigures(summary));
  assert.equal(spec.caption, '2025年第一季度各月献血人次');
  assert.deepEqual(spec.series.map((s) => [s.name, s.values, s.labels]), [['2025年', [4149, 2882, null], ['4149', '2882', null]]]);
});
