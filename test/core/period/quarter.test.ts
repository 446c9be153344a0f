import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseQuarter, quarterMonths, previousQuarter, sameQuarterLastYear, yearToDateMonths,
  quarterOfMonth, lastCompleteQuarter, quarterLabel, quarterId,
} from '../../../electron/core/period/quarter.ts';

test('parses quarter ids and rejects others', () => {
  assert.deepEqual(parseQuarter('2025Q1'), { year: 2025, q: 1 });
  assert.deepEqual(parseQuarter(' 2024q4 '), { year: 2024, q: 4 });
  assert.equal(parseQuarter('2025Q5'), null);
  assert.equal(parseQuarter('2025-1'), null);
});

test('months of a quarter and year to date', () => {
  assert.deepEqual(quarterMonths({ year: 2025, q: 2 }), ['2025-04', '2025-05', '2025-06']);
  assert.deepEqual(yearToDateMonths({ year: 2025, q: 2 }), ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
});

test('comparison quarters cross year boundaries', () => {
  assert.equal(quarterId(previousQuarter({ year: 2025, q: 1 })), '2024Q4');
  assert.equal(quarterId(previousQuarter({ year: 2025, q: 3 })), '2025Q2');
  assert.equal(quarterId(sameQuarterLastYear({ year: 2025, q: 1 })), '2024Q1');
});

test('quarter of a month, last complete quarter and label', () => {
  assert.equal(quarterId(quarterOfMonth('2025-12')), '2025Q4');
  assert.equal(quarterId(lastCompleteQuarter(new Date('2025-04-11T09:00:00+08:00'))), '2025Q1');
  assert.equal(quarterId(lastCompleteQuarter(new Date('2024-12-31T16:30:00Z'))), '2024Q4');
  assert.equal(quarterLabel({ year: 2025, q: 1 }), '2025年第一季度');
});
