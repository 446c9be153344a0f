/** One deadline rule (次月N日前) on the China calendar: due dates, the state of a month, arrivals on time or late. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arrivedOnTime, chinaDayText, dueDate, dueState } from '../../../electron/core/period/report-deadline.ts';

test('a month is due by day N of the month after, across the year and in short months', () => {
  assert.equal(dueDate('2025-01', 10), '2025-02-10');
  assert.equal(dueDate('2024-12', 10), '2025-01-10');
  assert.equal(dueDate('2025-01', 31), '2025-02-28', 'day 31 in February is its last day');
  assert.equal(dueDate('2024-01', 31), '2024-02-29');
});

test('the state of a month on the China calendar: not due while it runs, due until the deadline day inclusive, overdue after', () => {
  // 2025-04-10 23:00 in China is 15:00 UTC; 2025-04-11 07:00 in China is still 10 April in UTC.
  assert.equal(dueState('2025-03', new Date('2025-04-10T23:00:00+08:00'), 10), 'due');
  assert.equal(dueState('2025-03', new Date('2025-04-11T07:00:00+08:00'), 10), 'overdue');
  assert.equal(dueState('2025-03', new Date('2025-04-11T07:00:00+08:00'), 15), 'due', 'a later deadline setting');
  assert.equal(dueState('2025-04', new Date('2025-04-11T09:00:00+08:00'), 10), 'notDue');
  assert.equal(dueState('2024-12', new Date('2025-01-05T09:00:00+08:00'), 10), 'due');
  assert.equal(dueState('2025-02', new Date('2025-04-01T09:00:00+08:00'), 10), 'overdue');
});

test('an arrival is on time up to the due day itself, read in China time', () => {
  assert.equal(chinaDayText(new Date('2025-02-10T20:00:00Z')), '2025-02-11', '20:00 UTC is the next morning in China');
  assert.equal(arrivedOnTime('2025-01', '2025-02-10', 10), true);
  assert.equal(arrivedOnTime('2025-01', '2025-02-11', 10), false);
  assert.equal(arrivedOnTime('2025-01', '2025-02-11', 12), true);
});
