import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTY_Q1_2025, countyMonth, split, supplyMonth } from '../../../templates/sample/sample-figures.ts';

function quarterTotals(year: number, months: number[]): { whole: number; platelets: number; units: number } {
  const sites = Object.keys(COUNTY_Q1_2025).flatMap((c) => months.flatMap((m) => countyMonth(c, year, m)));
  return {
    whole: sites.reduce((a, s) => a + s.wholeBloodDonors, 0),
    platelets: sites.reduce((a, s) => a + s.plateletDonors, 0),
    units: sites.reduce((a, s) => a + s.wholeBloodUnits, 0),
  };
}

test('2025Q1 of the sample reproduces the real Weinan meeting: 9960 whole blood + 442 platelets', () => {
  const q1 = quarterTotals(2025, [1, 2, 3]);
  assert.equal(q1.whole, 9960);
  assert.equal(q1.platelets, 442);
  assert.equal(q1.whole + q1.platelets, 10402);
});

test('whole-blood units follow the bag sizes (200 ml = 1 U), between 1 and 2 U per donation', () => {
  const site = countyMonth('临渭区', 2025, 1)[0];
  assert.ok(site.wholeBloodUnits > site.wholeBloodDonors && site.wholeBloodUnits < 2 * site.wholeBloodDonors);
  assert.equal(site.wholeBloodUnits % 0.5, 0);
});

test('2024Q1 is a little lower, so the briefing shows growth year on year', () => {
  const q1 = quarterTotals(2024, [1, 2, 3]);
  assert.ok(q1.whole < 9960 && q1.whole > 9000, `2024Q1 whole blood ${q1.whole}`);
});

test('split is exact and supply covers every hospital', () => {
  assert.deepEqual(split(10, [0.36, 0.27, 0.37]), [3, 2, 5]);
  assert.equal(split(9960, [0.4, 0.22, 0.23, 0.15]).reduce((a, b) => a + b, 0), 9960);
  assert.equal(supplyMonth(6000, 200, 2025, 1).length, 8);
});
