import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chinaDay } from '../../../electron/core/period/china-time.ts';
import { formatDate, formatDateTime, formatMonth } from '../../../electron/core/format/format-dates.ts';

test('dates in full without zero padding, as the calendar day in China', () => {
  assert.equal(formatDate(chinaDay(2025, 4, 11)), '2025年4月11日');
  assert.equal(formatDate(chinaDay(2025, 1, 5)), '2025年1月5日');
  // 2025-04-10 17:30 UTC is already 11 April in China: the PC's time zone must not change the printed date.
  assert.equal(formatDate(new Date('2025-04-10T17:30:00Z')), '2025年4月11日');
});

test('import times in China time; unreadable text is shown as is', () => {
  assert.equal(formatDateTime('2025-04-08T01:05:00Z'), '2025年4月8日 09:05');
  assert.equal(formatDateTime('2025-04-08T09:05:00+08:00'), '2025年4月8日 09:05');
  assert.equal(formatDateTime('昨天'), '昨天');
});

test('months', () => {
  assert.equal(formatMonth('2025-03'), '3月');
  assert.equal(formatMonth('2024-12', true), '2024年12月');
});
