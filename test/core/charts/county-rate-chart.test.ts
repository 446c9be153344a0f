import { test } from 'node:test';
import { rankCounties } from '../../../electron/core/briefing/rank-counties.ts';
import type { CountyStatistics } from '../../../electron/core/stats/quarter-statistics.ts';
import assert from 'node:assert/strict';
import { countyRateChart, countiesByRate } from '../../../electron/core/charts/county-rate-chart.ts';
import { fixtureSummary } from './fixture-summary.ts';

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

test('the chart config carries sorted labels and rates on horizontal bars', () => {
  const spec = countyRateChart(fixtureSummary());
  assert.equal(spec.key, 'county-rate');
  assert.equal(spec.caption, '2025年第一季度各区县千人口献血率');
  assert.equal(spec.config.options?.indexAxis, 'y');
  assert.deepEqual(spec.config.data.labels?.slice(0, 3), ['临渭区', '韩城市', '华州区']);
  assert.deepEqual(spec.config.data.datasets[0].data.slice(0, 3), [4.44, 2.49, 2.22]);
  const x = spec.config.options?.scales?.x as { title: { text: string } };
  assert.equal(x.title.text, '千人口献血率（‰）');
  assert.deepEqual(spec.config.plugins?.map((p) => p.id), ['briefBarEndLabels', 'briefReferenceLine']);
});

test('counties without population are left out and there is no city line without a city rate', () => {
  const base = fixtureSummary();
  const summary = {
    ...base,
    totals: { ...base.totals, ratePerThousand: null },
    counties: base.counties.map((c) => (c.name === '临渭区' ? { ...c, population: null, ratePerThousand: null } : c)),
  };
  const spec = countyRateChart(summary);
  assert.equal(spec.config.data.labels?.[0], '韩城市');
  assert.equal(spec.config.data.labels?.length, 10);
  assert.deepEqual(spec.config.plugins?.map((p) => p.id), ['briefBarEndLabels']);
});

test('height grows with the number of counties within 60–120 mm', () => {
  assert.equal(countyRateChart(fixtureSummary()).heightMm, 90);
  assert.equal(countyRateChart({ ...fixtureSummary(), counties: fixtureSummary().counties.slice(0, 2) }).heightMm, 60);
});
