import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choosePopulation } from '../../../electron/core/stats/choose-population.ts';

test('a quarter of 2025 uses the 2024 year-end when present', () => {
  assert.deepEqual(choosePopulation({ '2023': 205900, '2024': 205100, '2025': 204000 }, 2025), { year: 2024, population: 205100 });
});

test('else the latest earlier year-end', () => {
  assert.deepEqual(choosePopulation({ '2020': 205119, '2022': 205500 }, 2025), { year: 2022, population: 205500 });
});

test('else the earliest later year-end', () => {
  assert.deepEqual(choosePopulation({ '2027': 203000, '2025': 204000 }, 2025), { year: 2025, population: 204000 });
});

test('nothing when the county has no population figures', () => {
  assert.equal(choosePopulation({}, 2025), null);
});
