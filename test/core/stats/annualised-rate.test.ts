import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annualisedRate, daysInMonths } from '../../../electron/core/stats/annualised-rate.ts';

test('days of a quarter follow the calendar, leap years included', () => {
  assert.equal(daysInMonths(['2025-01', '2025-02', '2025-03']), 90);
  assert.equal(daysInMonths(['2024-01', '2024-02', '2024-03']), 91);
  assert.equal(daysInMonths(['2025-07', '2025-08', '2025-09']), 92);
});

test('Weinan Q1: 2.25‰ a quarter is 9.01‰ a year (×4) and 9.13‰ (×365÷90)', () => {
  // 10402 × 4000 ÷ 4 619 000 = 9.0080… ; 10402 × 365000 ÷ (4 619 000 × 90) = 9.1331…
  assert.deepEqual(annualisedRate(10402, 4619000, ['2025-01', '2025-02', '2025-03']), { timesFour: 9.01, byDays: 9.13 });
  assert.deepEqual(annualisedRate(10402, null, ['2025-01']), { timesFour: null, byDays: null });
});
