import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import type { CollectionRecord, SupplyRecord } from '../../../electron/core/model.ts';
import { parsedFixture } from './parse-fixture.ts';

const EXPECTED = JSON.parse(readFileSync(new URL('../../fixtures/weinan-2025q1.json', import.meta.url), 'utf8'));
const FILES = readdirSync(new URL('../../fixtures/files/weinan-2025q1/', import.meta.url)).sort();
const parsed = FILES.map((name) => parsedFixture(`weinan-2025q1/${name}`));
const collections: CollectionRecord[] = parsed.flatMap((p) => p.collections);
const supplies: SupplyRecord[] = parsed.flatMap((p) => p.supplies);

test('Weinan Q1 2025: the county files add up to 9960 whole-blood and 442 platelet donations (10402)', () => {
  const sum = (f: (r: CollectionRecord) => number) => collections.reduce((a, r) => a + f(r), 0);
  assert.equal(sum((r) => r.wholeBloodDonors), 9960);
  assert.equal(sum((r) => r.plateletDonors), 442);
  assert.equal(sum((r) => r.wholeBloodDonors + r.plateletDonors), 10402);
  assert.equal(sum((r) => r.wholeBloodUnits), EXPECTED.totals.wholeBloodUnits);
  assert.equal(sum((r) => r.plateletDoses), EXPECTED.totals.plateletDoses);
});

test('Weinan Q1 2025: every county-month matches weinan-2025q1.json, each exactly once', () => {
  const expected = Object.entries(EXPECTED.counties as Record<string, { months: Record<string, object> }>)
    .flatMap(([county, { months }]) => Object.entries(months).map(([month, figures]) => ({ county, month, ...figures })));
  const actual = collections.map(({ sources: _sources, ...rest }) => rest);
  const key = (r: { county: string; month: string }) => `${r.county}|${r.month}`;
  assert.deepEqual([...actual].sort((a, b) => key(a).localeCompare(key(b))), [...expected].sort((a, b) => key(a).localeCompare(key(b))));
});

test('Weinan Q1 2025: hospital supply matches weinan-2025q1.json', () => {
  const expected = Object.entries(EXPECTED.hospitals as Record<string, { months: Record<string, object> }>)
    .flatMap(([hospital, { months }]) => Object.entries(months).map(([month, figures]) => ({ hospital, month, ...figures })));
  const key = (r: { hospital: string; month: string }) => `${r.hospital}|${r.month}`;
  const actual = supplies.map(({ sources: _sources, ...rest }) => rest);
  assert.deepEqual(actual.sort((a, b) => key(a).localeCompare(key(b))), expected.sort((a, b) => key(a).localeCompare(key(b))));
});
