import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefingCharts } from '../../../electron/core/charts/briefing-charts.ts';
import { fixtureFigures, fixtureSummary } from './fixture-summary.ts';

test('three figures with keys, numbered captions and sizes that fit the 156 mm text block', () => {
  assert.deepEqual(briefingCharts(fixtureFigures()).map((f) => [f.key, f.caption, f.chart.kind, f.widthMm, f.heightMm]), [
    ['county-rate', '图1  2025年第一季度各区县千人口献血率', 'bars', 150, 90],
    ['monthly-donations', '图2  2025年第一季度各月献血人次与上年同期对比', 'bars', 150, 75],
    ['hospital-supply', '图3  2025年第一季度各医疗机构血液成分供应量', 'panels', 150, 60],
  ]);
});

test('a chart with nothing to show is dropped and the others renumbered', () => {
  const figures = briefingCharts(fixtureFigures({ ...fixtureSummary(), hospitals: [], counties: fixtureSummary().counties.map((c) => ({ ...c, ratePerThousand: null })) }));
  assert.deepEqual(figures.map((f) => f.caption), ['图1  2025年第一季度各月献血人次与上年同期对比']);
});
