import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankCounties } from '../../../electron/core/briefing/rank-counties.ts';
import type { CountyStatistics } from '../../../electron/core/stats/quarter-statistics.ts';

const county = (name: string, rate: number | null, donors: number): CountyStatistics => ({
  name, population: null, donors, wholeBloodDonors: donors, wholeBloodUnits: 0, plateletDonors: 0, plateletDoses: 0, ratePerThousand: rate,
  months: {}, sameQuarterLastYear: null, previousQuarter: null, donorsChange: { yearOnYear: null, quarterOnQuarter: null }, target: null, populationYear: null,
  yearToDate: { donors, wholeBloodDonors: donors, wholeBloodUnits: 0, plateletDonors: 0, plateletDoses: 0, ratePerThousand: rate },
});

test('by rate, then donations, then profile order; counties without a rate last and unranked', () => {
  const ranked = rankCounties([county('甲', null, 900), county('乙', 2.1, 400), county('丙', 2.5, 100), county('丁', 2.1, 500), county('戊', 2.1, 500)]);
  assert.deepEqual(ranked.map((r) => `${r.rank ?? '-'}${r.county.name}`), ['1丙', '2丁', '3戊', '4乙', '-甲']);
});
