import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseInput } from '../../../electron/core/import/parse-input.ts';
import { donationIndicators } from '../../../electron/core/stats/donation-indicators.ts';
import type { CollectionRecord } from '../../../electron/core/model.ts';
import { PROFILE } from '../import/parse-fixture.ts';
import { THIRTY_ROWS, exportCsv } from '../import/records/donation-export.ts';

const MONTHS = ['2025-01', '2025-02', '2025-03'];
const COUNTIES = PROFILE.counties.map((c) => c.name);

function thirty(): readonly CollectionRecord[] {
  const result = parseInput({ name: '2025年第一季度献血记录.csv', bytes: new TextEncoder().encode(exportCsv(THIRTY_ROWS)) }, PROFILE);
  assert.ok(result.ok);
  return result.value.collections;
}

test('the 30-row export: 首次献血比例, 重复献血者比例 and 400 ml献血比例 per county and for the city, ranked by 首次献血比例', () => {
  const summary = donationIndicators(thirty(), COUNTIES, MONTHS)!;
  const huayin = summary.counties.find((c) => c.name === '华阴市')!;
  const tongguan = summary.counties.find((c) => c.name === '潼关县')!;
  // 华阴市: 8 first-time of 20 donations; 11 repeat of 19 donors; 6 of 16 whole-blood donations at 400 ml.
  assert.deepEqual([huayin.firstTime, huayin.repeatDonors, huayin.ml400], [{ count: 8, of: 20, percent: 40 }, { count: 11, of: 19, percent: 57.9 }, { count: 6, of: 16, percent: 37.5 }]);
  assert.deepEqual(huayin.abo, { A: { count: 6, of: 20, percent: 30 }, B: { count: 5, of: 20, percent: 25 }, O: { count: 7, of: 20, percent: 35 }, AB: { count: 2, of: 20, percent: 10 } });
  assert.deepEqual([huayin.rhdNegative, huayin.group, huayin.individual], [{ count: 1, of: 20, percent: 5 }, { count: 12, of: 20, percent: 60 }, { count: 8, of: 20, percent: 40 }]);
  assert.deepEqual([tongguan.firstTime?.percent, tongguan.repeatDonors?.percent, tongguan.ml400?.percent], [50, 50, 50]);
  // City: 13 of 30 first-time, 16 of 29 repeat donors, 11 of 26 at 400 ml.
  assert.deepEqual(summary.city.firstTime, { count: 13, of: 30, percent: 43.3, counties: ['华阴市', '潼关县'].sort((a, b) => COUNTIES.indexOf(a) - COUNTIES.indexOf(b)) });
  assert.deepEqual([summary.city.repeatDonors?.count, summary.city.repeatDonors?.of, summary.city.repeatDonors?.percent], [16, 29, 55.2]);
  assert.deepEqual([summary.city.ml400?.count, summary.city.ml400?.of, summary.city.ml400?.percent], [11, 26, 42.3]);
  assert.deepEqual(summary.rankingByFirstTime, ['潼关县', '华阴市']);
});

test('a county gives a part only when every one of its months gives it; no part anywhere is null', () => {
  const [huayin] = thirty();
  const sheetMonth: CollectionRecord = { ...huayin, month: '2025-02', breakdown: undefined, volumeClasses: undefined };
  const summary = donationIndicators([huayin, sheetMonth], COUNTIES, MONTHS);
  assert.equal(summary, null);
  const withClasses = donationIndicators([huayin, { ...sheetMonth, volumeClasses: { ml200: 16, ml300: 0, ml400: 0 } }], COUNTIES, MONTHS)!;
  assert.deepEqual([withClasses.counties[0].firstTime, withClasses.counties[0].ml400], [null, { count: 6, of: 32, percent: 18.8 }]);
});
