import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankCounties } from '../../../electron/core/briefing/rank-counties.ts';
import type { CountyStatistics } from '../../../electron/core/stats/quarter-statistics.ts';

const county = (name: string, rate: number | null, donors: number, population: number | null = rate === null ? null : Math.round(donors * 1000 / rate)): CountyStatistics => ({
  name, population, donors, wholeBloodDonors: donors, wholeBloodUnits: 0, plateletDonors: 0, plateletDoses: 0, ratePerThousand: rate,
  months: {}, sameQuarterLastYear: null, previousQuarter: null, donorsChange: { yearOnYear: null, quarterOnQuarter: null }, target: null, populationYear: null,
  yearToDate: { donors, wholeBloodDonors: donors, wholeBloodUnits: 0, plateletDonors: 0, plateletDoses: 0, ratePerThousand: rate },
});

test('by rate, then donations, then profile order; counties without a rate last and unranked', () => {
  const ranked = rankCounties([county('甲', null, 900), county('乙', 2.1, 420, 200000), county('丙', 2.5, 100), county('丁', 2.1, 500, 238095), county('戊', 2.1, 500, 238095)]);
  assert.deepEqual(ranked.map((r) => `${r.rank ?? '-'}${r.county.name}`), ['1丙', '2丁', '3戊', '4乙', '-甲']);
});

test('ranked on the exact rate, not the printed one: 2.104‰ before 2.100‰ although both print 2.10', () => {
  // 421 ÷ 200 000 × 1000 = 2.105 → 2.11 printed, so use 2104 ÷ 1 000 000 = 2.104 and 4200 ÷ 2 000 000 = 2.100
  const ranked = rankCounties([county('甲', 2.1, 4200, 2000000), county('乙', 2.1, 2104, 1000000)]);
  assert.deepEqual(ranked.map((r) => `${r.rank}${r.county.name}`), ['1乙', '2甲']);
  // a county with a population but nothing reported has no rate: last, unranked
  const unreported = rankCounties([{ ...county('丙', null, 0, 500000) }, county('丁', 1.5, 150, 100000)]);
  assert.deepEqual(unreported.map((r) => `${r.rank ?? '-'}${r.county.name}`), ['1丁', '-丙']);
});
