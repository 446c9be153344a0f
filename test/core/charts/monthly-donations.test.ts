import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthlyDonations, monthLastYear } from '../../../electron/core/charts/monthly-donations.ts';
import { monthlyTrendChart } from '../../../electron/core/charts/monthly-trend-chart.ts';
import { fixtureSummary } from './fixture-summary.ts';

test('the same month last year crosses into the previous year', () => {
  assert.equal(monthLastYear('2025-03'), '2024-03');
  assert.equal(monthLastYear('2025-12'), '2024-12');
});

test('city donations per month sum the counties; last year comes from the summary', () => {
  assert.deepEqual(monthlyDonations(fixtureSummary()), [
    { month: '2025-01', thisYear: 4149, lastYear: 4305 },
    { month: '2025-02', thisYear: 2882, lastYear: 2550 },
    { month: '2025-03', thisYear: 4438, lastYear: 4260 },
  ]);
});

test('history passed by the caller wins over the summary; a month nobody reported has no bar', () => {
  const base = fixtureSummary();
  const summary = { ...base, counties: base.counties.map((c) => ({ ...c, months: { '2025-01': c.months['2025-01'], '2025-02': c.months['2025-02'] } })) };
  const history = { months: base.months.slice(), lastYear: { '2024-01': 4000, '2024-03': 4100 } };
  assert.deepEqual(monthlyDonations(summary, history), [
    { month: '2025-01', thisYear: 4149, lastYear: 4000 },
    { month: '2025-02', thisYear: 2882, lastYear: 2550 },
    { month: '2025-03', thisYear: null, lastYear: 4100 },
  ]);
});

test('the chart groups last year (grey) before this year (dark red) per month', () => {
  const spec = monthlyTrendChart(fixtureSummary());
  assert.equal(spec.caption, '2025年第一季度各月献血人次与上年同期对比');
  assert.deepEqual(spec.config.data.labels, ['1月', '2月', '3月']);
  assert.deepEqual(spec.config.data.datasets.map((d) => [d.label, d.data]), [
    ['2024年', [4305, 2550, 4260]],
    ['2025年', [4149, 2882, 4438]],
  ]);
  const y = spec.config.options?.scales?.y as { title: { text: string } };
  assert.equal(y.title.text, '献血人次（人次）');
});

test('without any last-year figure only this year is drawn, without a legend', () => {
  const { lastYearMonths: _, ...summary } = fixtureSummary();
  const spec = monthlyTrendChart(summary);
  assert.equal(spec.caption, '2025年第一季度各月献血人次');
  assert.deepEqual(spec.config.data.datasets.map((d) => d.label), ['2025年']);
  assert.equal(spec.config.options?.plugins?.legend?.display, false);
});
