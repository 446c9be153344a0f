import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summariseQuarter } from '../../../electron/core/stats/summarise-quarter.ts';
import { COLLECTIONS, PROFILE, SOURCES, SUPPLIES, collection } from './quarter-fixture.ts';
import type { Profile } from '../../../electron/core/model.ts';

const summary = summariseQuarter({ profile: PROFILE, quarter: '2025Q1', collections: COLLECTIONS, supplies: SUPPLIES, sources: SOURCES });

test('city totals, denominator and comparisons of 2025Q1', () => {
  assert.equal(summary.quarter, '2025Q1');
  assert.equal(summary.station, '渭南市中心血站');
  assert.equal(summary.region, '渭南市');
  assert.deepEqual(summary.months, ['2025-01', '2025-02', '2025-03']);
  assert.equal(summary.population, 1200000);
  assert.equal(summary.populationYear, 2024);
  assert.deepEqual(summary.populationYears, [2024]);
  assert.deepEqual(summary.populationSources, ['渭南市统计年鉴']);
  // 4600 ÷ 1 200 000 × 1000 = 3.8333… → 3.83; whole-blood U summed exactly (2601.5 + 320.5)
  assert.deepEqual(summary.totals, { donors: 4600, wholeBloodDonors: 4400, wholeBloodUnits: 8802, plateletDonors: 200, plateletDoses: 300, ratePerThousand: 3.83 });
  // 2024Q1 uses 2023 year-end: 4065 ÷ 1 204 900 × 1000 = 3.3737… → 3.37
  assert.deepEqual(summary.sameQuarterLastYear, { donors: 4065, wholeBloodDonors: 3900, wholeBloodUnits: 7800, plateletDonors: 165, plateletDoses: 249, ratePerThousand: 3.37 });
  // 2024Q4 uses 2023 year-end as well: 171 ÷ 1 204 900 × 1000 = 0.1419… → 0.14
  assert.deepEqual(summary.previousQuarter, { donors: 171, wholeBloodDonors: 170, wholeBloodUnits: 340, plateletDonors: 1, plateletDoses: 2, ratePerThousand: 0.14 });
  assert.deepEqual(summary.yearToDate, summary.totals);
  // ×4 multiplies the printed 3.83: 15.32 (the unrounded 3.8333… × 4 would print 15.33)
  assert.deepEqual(summary.annualisedRate, { timesFour: 15.32, byDays: 15.55 });
});

test('city by month, this year and the same months last year', () => {
  assert.deepEqual(summary.cityMonths, {
    '2025-01': { donors: 1720, wholeBloodDonors: 1650, wholeBloodUnits: 3300, plateletDonors: 70, plateletDoses: 105 },
    '2025-02': { donors: 1348, wholeBloodDonors: 1290, wholeBloodUnits: 2580, plateletDonors: 58, plateletDoses: 87 },
    '2025-03': { donors: 1532, wholeBloodDonors: 1460, wholeBloodUnits: 2922, plateletDonors: 72, plateletDoses: 108 },
  });
  assert.deepEqual(summary.lastYearMonths, {
    '2024-01': { donors: 1355, wholeBloodDonors: 1300, wholeBloodUnits: 2600, plateletDonors: 55, plateletDoses: 83 },
    '2024-02': { donors: 1245, wholeBloodDonors: 1200, wholeBloodUnits: 2400, plateletDonors: 45, plateletDoses: 68 },
    '2024-03': { donors: 1465, wholeBloodDonors: 1400, wholeBloodUnits: 2800, plateletDonors: 65, plateletDoses: 98 },
  });
});

test('each county: figures, months, comparisons (null when not stored), target', () => {
  const [linwei, huayin, tongguan] = summary.counties;
  assert.deepEqual(summary.counties.map((c) => c.name), ['临渭区', '华阴市', '潼关县']);
  assert.deepEqual(linwei, {
    name: '临渭区', population: 876500,
    donors: 3580, wholeBloodDonors: 3400, wholeBloodUnits: 6801.5, plateletDonors: 180, plateletDoses: 270, ratePerThousand: 4.08,
    months: {
      '2025-01': { donors: 1260, wholeBloodDonors: 1200, wholeBloodUnits: 2400, plateletDonors: 60, plateletDoses: 90 },
      '2025-02': { donors: 950, wholeBloodDonors: 900, wholeBloodUnits: 1800, plateletDonors: 50, plateletDoses: 75 },
      '2025-03': { donors: 1370, wholeBloodDonors: 1300, wholeBloodUnits: 2601.5, plateletDonors: 70, plateletDoses: 105 },
    },
    sameQuarterLastYear: { donors: 3450, wholeBloodDonors: 3300, wholeBloodUnits: 6600, plateletDonors: 150, plateletDoses: 225, ratePerThousand: 3.92 },
    previousQuarter: null,
    // (3580 − 3450) ÷ 3450 = 3.77 % → 3.8
    donorsChange: { yearOnYear: { delta: 130, percent: 3.8 }, quarterOnQuarter: null },
    // 3580 ÷ 14000 = 25.57 % → 25.6 against 25 % time progress
    target: { annual: 14000, yearToDate: 3580, progress: 25.6, timeProgress: 25 },
    populationYear: 2024,
    yearToDate: { donors: 3580, wholeBloodDonors: 3400, wholeBloodUnits: 6801.5, plateletDonors: 180, plateletDoses: 270, ratePerThousand: 4.08 },
  });
  assert.equal(huayin.ratePerThousand, 2.77);
  assert.deepEqual(Object.keys(huayin.months), ['2025-01', '2025-02']);
  assert.deepEqual(huayin.sameQuarterLastYear, { donors: 615, wholeBloodDonors: 600, wholeBloodUnits: 1200, plateletDonors: 15, plateletDoses: 24, ratePerThousand: 2.99 });
  assert.deepEqual(huayin.target, { annual: 2500, yearToDate: 568, progress: 22.7, timeProgress: 25 });
  assert.equal(tongguan.ratePerThousand, 3.82);
  assert.equal(tongguan.sameQuarterLastYear, null);
  assert.deepEqual(tongguan.previousQuarter, { donors: 171, wholeBloodDonors: 170, wholeBloodUnits: 340, plateletDonors: 1, plateletDoses: 2, ratePerThousand: 1.44 });
  assert.equal(tongguan.target, null);
  // (452 − 171) ÷ 171 = 164.33 % → 164.3 against the previous quarter; none last year
  assert.deepEqual(tongguan.donorsChange, { yearOnYear: null, quarterOnQuarter: { delta: 281, percent: 164.3 } });
});

test('no city target when a county has none and the region has no entry', () => {
  assert.equal(summary.target, null);
  assert.equal(summary.timeProgress, 25);
});

test('city target: the region entry wins, else the sum of all county targets', () => {
  const withRegion: Profile = { ...PROFILE, targets: { '2025': { 渭南市: 20000, 临渭区: 14000 } } };
  const a = summariseQuarter({ profile: withRegion, quarter: '2025Q1', collections: COLLECTIONS, supplies: [], sources: [] });
  assert.deepEqual(a.target, { annual: 20000, yearToDate: 4600, progress: 23, timeProgress: 25 });
  const allCounties: Profile = { ...PROFILE, targets: { '2025': { 临渭区: 14000, 华阴市: 2500, 潼关县: 1900 } } };
  const b = summariseQuarter({ profile: allCounties, quarter: '2025Q1', collections: COLLECTIONS, supplies: [], sources: [] });
  assert.deepEqual(b.target, { annual: 18400, yearToDate: 4600, progress: 25, timeProgress: 25 });
});

test('year to date and target progress in the second quarter', () => {
  const q2 = summariseQuarter({ profile: PROFILE, quarter: '2025Q2', collections: COLLECTIONS, supplies: [], sources: [] });
  const [linwei, huayin] = q2.counties;
  // 华阴市 stored no month of Q2: zero donations, but an unknown rate
  assert.equal(huayin.donors, 0);
  assert.equal(huayin.ratePerThousand, null);
  assert.deepEqual(huayin.months, {});
  assert.equal(linwei.donors, 5500);
  assert.equal(linwei.yearToDate.donors, 9080);
  // (3580 + 5500) ÷ 14000 = 64.857 % → 64.9 against 50 %
  assert.deepEqual(linwei.target, { annual: 14000, yearToDate: 9080, progress: 64.9, timeProgress: 50 });
  assert.deepEqual(q2.previousQuarter?.donors, 4600);
  assert.equal(q2.sameQuarterLastYear, null);
  assert.equal(q2.missing.length, 8);
  assert.deepEqual(q2.completeness.rows.map((r) => r.received.filter(Boolean).length), [4, 2, 3]);
});

test('hospitals in profile order then others, with last year and totals', () => {
  assert.deepEqual(summary.hospitals, [
    // 同比 (1900.5 − 1800) ÷ 1800 = 5.58 % → 5.6; shares of 2250.5 U: 84.45 → 84.4, 13.33 → 13.3, 2.22 → 2.2
    { name: '渭南市中心医院', redCellsU: 1900.5, plasmaMl: 90000, plateletDoses: 35, cryoU: 180, sameQuarterLastYear: { redCellsU: 1800, plasmaMl: 80000, plateletDoses: 30, cryoU: 150 },
      redCellsChange: { delta: 100.5, percent: 5.6 }, redCellsShare: 84.4 },
    { name: '渭南市第二医院', redCellsU: 300, plasmaMl: 10000, plateletDoses: 5, cryoU: 20, sameQuarterLastYear: null, redCellsChange: null, redCellsShare: 13.3 },
    { name: '华阴市人民医院', redCellsU: 50, plasmaMl: 2000, plateletDoses: 0, cryoU: 5, sameQuarterLastYear: null, redCellsChange: null, redCellsShare: 2.2 },
  ]);
  // (2250.5 − 1800) ÷ 1800 = 25.03 % → 25.0
  assert.deepEqual(summary.supplyRedCellsChange, { delta: 450.5, percent: 25 });
  assert.deepEqual(summary.supplyTotals, { redCellsU: 2250.5, plasmaMl: 102000, plateletDoses: 40, cryoU: 205 });
  assert.deepEqual(summary.supplyTotalsLastYear, { redCellsU: 1800, plasmaMl: 80000, plateletDoses: 30, cryoU: 150 });
  assert.deepEqual(summary.supplyMonths, ['2025-01', '2025-02', '2025-03']);
});

test('missing county-months listed in profile order, for the quarter and its comparisons', () => {
  assert.deepEqual(summary.missing, [{ county: '华阴市', month: '2025-03' }]);
  assert.deepEqual(summary.missingLastYear, ['2024-01', '2024-02', '2024-03'].map((month) => ({ county: '潼关县', month })));
  assert.deepEqual(summary.missingPreviousQuarter.map((m) => `${m.county}${m.month}`),
    ['临渭区2024-10', '临渭区2024-11', '临渭区2024-12', '华阴市2024-10', '华阴市2024-11', '华阴市2024-12', '潼关县2024-10', '潼关县2024-11']);
  assert.deepEqual(summary.completeness, {
    months: ['2025-01', '2025-02', '2025-03'],
    rows: [
      { county: '临渭区', received: [true, true, true], arrivedOn: [null, null, null], late: [false, false, false] },
      { county: '华阴市', received: [true, true, false], arrivedOn: [null, null, null], late: [false, false, false] },
      { county: '潼关县', received: [true, true, true], arrivedOn: [null, null, null], late: [false, false, false] },
    ],
    received: 8, expected: 9, dueDates: ['2025-02-10', '2025-03-10', '2025-04-10'], dueDay: 10, late: 0,
  });
});

test('sources: only files cited by records the summary used', () => {
  assert.deepEqual(summary.sources.map((s) => s.file), ['临渭区2025-01.xlsx', '供血2025-01.xlsx']);
});

test('a county outside the profile is reported last and withholds the city rate', () => {
  const s = summariseQuarter({ profile: PROFILE, quarter: '2025q1', collections: [...COLLECTIONS, collection('高新区', '2025-01', 10, 20, 0, 0)], supplies: [], sources: [] });
  assert.equal(s.quarter, '2025Q1');
  assert.deepEqual(s.counties.map((c) => c.name), ['临渭区', '华阴市', '潼关县', '高新区']);
  assert.equal(s.counties[3].ratePerThousand, null);
  assert.equal(s.totals.donors, 4610);
  assert.equal(s.population, null);
  assert.equal(s.totals.ratePerThousand, null);
  assert.deepEqual(s.missing, [{ county: '华阴市', month: '2025-03' }]);
});

test('mixed population years: each county uses its own, the city names no single year', () => {
  const mixed: Profile = { ...PROFILE, counties: PROFILE.counties.map((c) => (c.name === '潼关县' ? { ...c, population: { '2022': 120500 } } : c)) };
  const s = summariseQuarter({ profile: mixed, quarter: '2025Q1', collections: COLLECTIONS, supplies: [], sources: [] });
  assert.equal(s.population, 876500 + 205100 + 120500);
  assert.equal(s.populationYear, null);
  assert.deepEqual(s.populationYears, [2022, 2024]);
  assert.deepEqual(s.counties.map((c) => c.populationYear), [2024, 2024, 2022]);
});

test('a malformed quarter is a clear error', () => {
  assert.throws(() => summariseQuarter({ profile: PROFILE, quarter: '2025-1', collections: [], supplies: [], sources: [] }), /季度格式不正确/);
});
