import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate } from '../../../electron/core/format/format-date.ts';
import { formatDateTime } from '../../../electron/core/format/format-date-time.ts';
import { formatMonth } from '../../../electron/core/format/format-month.ts';

test('dates in full without zero padding', () => {
  assert.equal(formatDate(new Date(2025, 3, 11)), '2025年4月11日');
  assert.equal(formatDate(new Date(2025, 0, 5)), '2025年1月5日');
});

test('import times in local time; unreadable text is shown as is', () => {
  const local = new Date(2025, 3, 8, 9, 5);
  assert.equal(formatDateTime(local.toISOString()), '2025年4月8日 09:05');
  assert.equal(formatDateTime('昨天'), '昨天');
});

test('months', () => {
  assert.equal(formatMonth('2025-03'), '3月');
  assert.equal(formatMonth('2024-12', true), '2024年12月');
});
