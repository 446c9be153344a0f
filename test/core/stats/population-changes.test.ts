/** 常住人口 changing by more than the threshold in a year is a warning naming the county, both years and values. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { County } from '../../../electron/core/model.ts';
import { populationChanges } from '../../../electron/core/stats/population-changes.ts';

const county = (name: string, population: Record<string, number>): County => ({ name, aliases: [], population });

test('a jump of more than 10 % between consecutive year-ends is reported with both values; a normal year is not', () => {
  const counties = [
    county('临渭区', { 2023: 908300, 2024: 906300 }),
    // 万人 typed as 人 for one year: 12.35 (万) keyed in as 123500 the year before, 1235000 this year
    county('潼关县', { 2023: 123700, 2024: 1235000 }),
    county('华阴市', { 2023: 205100, 2024: 182000 }),
  ];
  assert.deepEqual(populationChanges(counties, [2024], 10), [
    { county: '潼关县', fromYear: 2023, from: 123700, toYear: 2024, to: 1235000, percent: 898.4 },
    { county: '华阴市', fromYear: 2023, from: 205100, toYear: 2024, to: 182000, percent: -11.3 },
  ]);
});

test('only the year-ends the rates use are checked, against the year before when it is in the table', () => {
  const counties = [county('华阴市', { 2019: 300000, 2020: 205119, 2024: 182000 })];
  assert.deepEqual(populationChanges(counties, [2024], 10), [], '2023 is missing: no one-year change to judge');
  assert.deepEqual(populationChanges(counties, [2020], 10).map((c) => [c.fromYear, c.toYear, c.percent]), [[2019, 2020, -31.6]]);
  assert.deepEqual(populationChanges(counties, [2020], 40), [], 'the threshold is a setting');
});
