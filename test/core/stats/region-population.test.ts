import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regionPopulation } from '../../../electron/core/stats/region-population.ts';
import type { County } from '../../../electron/core/model.ts';

const county = (name: string, population: Record<string, number>): County => ({ name, aliases: [], population });

test('uniform year: the city sums its counties and names the year', () => {
  const r = regionPopulation([county('甲', { '2024': 4000000 }), county('乙', { '2024': 619000, '2023': 620000 })], 2025);
  assert.equal(r.population, 4619000);
  assert.equal(r.year, 2024);
  assert.deepEqual(r.years, [2024]);
});

test('mixed years: the sum stands, the single year is withheld, the years are listed', () => {
  const r = regionPopulation([county('甲', { '2024': 4000000 }), county('乙', { '2023': 619000 })], 2025);
  assert.equal(r.population, 4619000);
  assert.equal(r.year, null);
  assert.deepEqual(r.years, [2023, 2024]);
  assert.deepEqual(r.byCounty.get('乙'), { year: 2023, population: 619000 });
});

test('a county without figures withholds the city population', () => {
  const r = regionPopulation([county('甲', { '2024': 4000000 }), county('乙', {})], 2025);
  assert.equal(r.population, null);
  assert.equal(r.year, null);
  assert.deepEqual(r.years, [2024]);
  assert.equal(r.byCounty.get('乙'), null);
});

test('no counties: no population', () => {
  assert.equal(regionPopulation([], 2025).population, null);
});
