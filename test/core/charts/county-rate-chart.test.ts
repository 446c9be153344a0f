import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankCounties } from '../../../electron/core/briefing/rank-counties.ts';
import type { CountyStatistics } from '../../../electron/core/stats/quarter-statistics.ts';
import { countyRateChart, countiesByRate } from '../../../electron/core/charts/county-rate-chart.ts';
import { fixtureFigures, fixtureSummary } from './fixture-summary.ts';

test('counties are sorted by the exact 千人口献血率, highest first, in 表1 order', () => {
  const rows = countiesByRate(fixtureSummary());
  // 蒲城县 and 潼关县 both print 1.97‰; the exact rate puts 蒲城县 first, as 表1 does (one order for one indicator)
  assert.deepEqual(rows.slice(0, 5), [
    { name: '临渭区', rate: 4.44 }, { name: '韩城市', rate: 2.49 }, { name: '华州区', rate: 2.22 },
    { name: '蒲城县', rate: 1.97 }, { name: '潼关县', rate: 1.97 },
  ]);
  const table = rankCounties(fixtureSummary().counties as CountyStatistics[]).filter((r) => r.rank !== null).map((r) => r.county.name);
  assert.deepEqual(rows.map((r) => r.name), table);
  assert.equal(rows.at(-1)?.name, '华阴市');
  assert.equal(rows.length, 11);
});

test('图1 is horizontal bars of the rates labelled as 表1 prints them, on round ticks, with the city line', () => {
  const spec = countyRateChart(fixtureFigures());
  assert.equal(spec.key, 'county-rate');
  assert.equal(spec.caption, '2025年第一季度各区县千人口献血率');
  assert.equal(spec.direction, 'horizontal');
  assert.deepEqual(spec.categories.slice(0, 3), ['临渭区', '韩城市', '华州区']);
  assert.deepEqual(spec.series[0]!.values.slice(0, 3), [4.44, 2.49, 2.22]);
  assert.deepEqual(spec.series[0]!.labels.slice(0, 3), ['4.44‰', '2.49‰', '2.22‰']);
  assert.deepEqual(spec.ticks, [0, 1, 2, 3, 4, 5]);
  assert.equal(spec.valueTitle, '千人口献血率（‰）');
  assert.deepEqual(spec.reference, { value: 2.46, label: '全市 2.46‰' });
});

test('counties without population are left out and there is no city line without a city rate', () => {
  const base = fixtureSummary();
  const summary = {
    ...base,
    totals: { ...base.totals, ratePerThousand: null },
    counties: base.counties.map((c) => (c.name === '临渭区' ? { ...c, population: null, ratePerThousand: null } : c)),
  };
  const spec = countyRateChart(fixtureFigures(summary));
  assert.equal(spec.categories[0], '韩城市');
  assert.equal(spec.categories.length, 10);
  assert.equal(spec.reference, null);
  assert.deepEqual(spec.ticks, [0, 0.5, 1, 1.5, 2, 2.5], 'the axis follows the largest rate drawn (2.49‰)');
});

test('height grows with the number of counties within 60–120 mm', () => {
  assert.equal(countyRateChart(fixtureFigures()).heightMm, 90);
  assert.equal(countyRateChart(fixtureFigures({ ...fixtureSummary(), counties: fixtureSummary().counties.slice(0, 2) })).heightMm, 60);
});
