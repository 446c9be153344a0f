/** Outliers: far from BOTH the same month last year and the trailing mean, flagged with both values, figures untouched. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CollectionRecord } from '../../../electron/core/model.ts';
import { findOutliers } from '../../../electron/core/stats/find-outliers.ts';
import { DEFAULT_CHECKS } from '../../../electron/core/settings/check-settings.ts';

const ref = { file: 'f.csv', sheet: 's', cells: ['B2'] };

function record(county: string, month: string, wholeBloodDonors: number, wholeBloodUnits = wholeBloodDonors * 1.75): CollectionRecord {
  return { county, month, wholeBloodDonors, wholeBloodUnits, plateletDonors: 0, plateletDoses: 0,
    sources: { wholeBloodDonors: ref, wholeBloodUnits: ref, plateletDonors: ref, plateletDoses: ref } };
}

/** 潼关县 from the sample set: about 86 donations a month; 2024-08 … 2025-01 as stored. */
const HISTORY = [
  record('潼关县', '2024-02', 86, 152.5),
  ...[['2024-08', 121], ['2024-09', 118], ['2024-10', 115], ['2024-11', 117], ['2024-12', 112], ['2025-01', 117]].map(([m, n]) => record('潼关县', m as string, n as number)),
];

test('a county-month far from last year and from its trailing mean is flagged with both values, never changed', () => {
  const feb = record('潼关县', '2025-02', 186, 324.5);
  const found = findOutliers([...HISTORY, feb], ['2025-02'], DEFAULT_CHECKS);
  assert.deepEqual(found.map((o) => [o.field, o.value, o.lastYear, o.yearOnYearPercent, o.trailingMean, o.trailingPercent]), [
    ['wholeBloodDonors', 186, 86, 116.3, 116.7, 59.4],
    ['wholeBloodUnits', 324.5, 152.5, 112.8, 204.2, 58.9],
  ]);
  assert.deepEqual(found[0].trailingMonths, ['2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01']);
  assert.equal(feb.wholeBloodDonors, 186);
});

test('only one comparison exceeded is no outlier: a trend (vs last year) or a season (vs recent months)', () => {
  const trend = record('潼关县', '2025-02', 140);
  assert.deepEqual(findOutliers([...HISTORY, trend], ['2025-02'], DEFAULT_CHECKS).filter((o) => o.field === 'wholeBloodDonors'), [],
    '140 is 62.8 % above last year but only 20 % above the recent mean');
  const seasonal = [record('华阴市', '2024-02', 60), ...['2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01'].map((m) => record('华阴市', m, 120))];
  assert.deepEqual(findOutliers([...seasonal, record('华阴市', '2025-02', 62)], ['2025-02'], DEFAULT_CHECKS), [], '春节 February is low every year');
});

test('without last year or a full trailing window nothing is claimed; small counts under the minimum are not flagged', () => {
  const feb = record('潼关县', '2025-02', 186, 324.5);
  assert.deepEqual(findOutliers([...HISTORY.filter((r) => r.month !== '2024-10'), feb], ['2025-02'], DEFAULT_CHECKS), []);
  assert.deepEqual(findOutliers([...HISTORY.filter((r) => r.month !== '2024-02'), feb], ['2025-02'], DEFAULT_CHECKS), []);
  const small = [record('白水县', '2024-02', 4, 6), ...['2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01'].map((m) => record('白水县', m, 5, 7.5))];
  const nine = record('白水县', '2025-02', 9, 13.5);
  assert.deepEqual(findOutliers([...small, nine], ['2025-02'], DEFAULT_CHECKS), [], '9 against 4 and 5 is noise, not a slip');
  assert.deepEqual(findOutliers([...small, nine], ['2025-02'], { ...DEFAULT_CHECKS, outlierMinimumChange: 0 }).map((o) => [o.field, o.yearOnYearPercent, o.trailingPercent]),
    [['wholeBloodDonors', 125, 80], ['wholeBloodUnits', 125, 80]]);
});

test('the thresholds and the window are settings', () => {
  const feb = record('潼关县', '2025-02', 186, 324.5);
  assert.deepEqual(findOutliers([...HISTORY, feb], ['2025-02'], { ...DEFAULT_CHECKS, trailingPercent: 60 }), []);
  const three = findOutliers([...HISTORY, feb], ['2025-02'], { ...DEFAULT_CHECKS, trailingMonths: 3 });
  assert.deepEqual(three.map((o) => [o.field, o.trailingMonths.length, o.trailingMean]), [['wholeBloodDonors', 3, 115.3], ['wholeBloodUnits', 3, 201.8]]);
});
