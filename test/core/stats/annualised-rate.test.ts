import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annualisedRate, daysInMonths } from '../../../electron/core/stats/annualised-rate.ts';

test('days of a quarter follow the calendar, leap years included', () => {
  assert.equal(daysInMonths(['2025-01', '2025-02', '2025-03']), 90);
  assert.equal(daysInMonths(['2024-01', '2024-02', '2024-03']), 91);
  assert.equal(daysInMonths(['2025-07', '2025-08', '2025-09']), 92);
});

test('Weinan Q1: the printed 2.25‰ a quarter is 9.00‰ a year (×4, not the 9.01 of the unrounded rate) and 9.13‰ (×365÷90)', () => {
  // 10402 × 1000 ÷ 4 619 000 = 2.2520… → 2.25 printed; 2.25 × 4 = 9.00 (10402 × 4000 ÷ 4 619 000 = 9.0080… would print 9.01)
  // 10402 × 365000 ÷ (4 619 000 × 90) = 9.1331…
  assert.deepEqual(annualisedRate(10402, 4619000, ['2025-01', '2025-02', '2025-03']), { timesFour: 9, byDays: 9.13 });
  // 22 549 ÷ 10 000 000 × 1000 = 2.2549 → printed 2.25 → 9.00, although 2.2549 × 4 = 9.0196 would round to 9.02
  assert.equal(annualisedRate(22549, 10000000, ['2025-01', '2025-02', '2025-03']).timesFour, 9);
  // 2.255 rounds half-up to 2.26 → 9.04
  assert.equal(annualisedRate(2255, 1000000, ['2025-01', '2025-02', '2025-03']).timesFour, 9.04);
  assert.deepEqual(annualisedRate(10402, null, ['2025-01']), { timesFour: null, byDays: null });
});
