import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefingCharts } from '../../../electron/core/charts/briefing-charts.ts';
import { briefingChartSpecs } from '../../../electron/core/charts/briefing-chart-specs.ts';
import { fixtureSummary } from './fixture-summary.ts';

test('three figures with keys, numbered captions and sizes that fit the 156 mm text block', () => {
  const figures = briefingCharts(fixtureSummary());
  assert.deepEqual(figures.map((f) => [f.key, f.caption, f.widthMm, f.heightMm]), [
    ['county-rate', '图1  2025年第一季度各区县千人口献血率', 150, 90],
    ['monthly-donations', '图2  2025年第一季度各月献血人次与上年同期对比', 150, 75],
    ['hospital-supply', '图3  2025年第一季度各医疗机构红细胞供应量', 150, 60],
  ]);
  for (const f of figures) {
    assert.match(f.svg, /viewBox="0 0 425 \d+"/);
    assert.doesNotMatch(f.svg, /<text/);
  }
});

test('history from the caller feeds the monthly chart', () => {
  const [, monthly] = briefingChartSpecs(fixtureSummary(), { months: ['2025-01', '2025-02', '2025-03'], lastYear: { '2024-01': 1, '2024-02': 2, '2024-03': 3 } });
  assert.deepEqual(monthly.config.data.datasets[0].data, [1, 2, 3]);
});

test('a chart with nothing to show is dropped and the others renumbered', () => {
  const figures = briefingChartSpecs({ ...fixtureSummary(), hospitals: [], counties: fixtureSummary().counties.map((c) => ({ ...c, ratePerThousand: null })) });
  assert.deepEqual(figures.map((f) => f.caption), ['图1  2025年第一季度各月献血人次与上年同期对比']);
});
