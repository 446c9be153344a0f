/**
 * When a month's report is owed (DHIS2 reporting timeliness): by day N of the month after, N a setting (default 10,
 * the stations' usual 次月10日前). One place for the rule: the app's 数据总览 and the briefing's completeness grid use it.
 */
import type { Month } from '../model.ts';
import { chinaClock } from './china-time.ts';

/** Whether a month's report is owed yet: 'notDue' while the month runs, 'due' until the deadline, 'overdue' after it. */
export type DueState = 'notDue' | 'due' | 'overdue';

/** The calendar day ("2025-02-10") by which a month's report is due: day `dueDay` of the next month, or its last day when shorter. */
export function dueDate(month: Month, dueDay: number): string {
  const [y, m] = month.split('-').map(Number);
  const next = { year: m === 12 ? y + 1 : y, month: m === 12 ? 1 : m + 1 };
  const length = new Date(Date.UTC(next.year, next.month, 0)).getUTCDate();
  return dayText(next.year, next.month, Math.min(Math.max(1, dueDay), length));
}

/** The China calendar day of an instant ("2025-02-08"), as arrival days are compared with due dates. */
export function chinaDayText(instant: Date): string {
  const c = chinaClock(instant);
  return dayText(c.year, c.month, c.day);
}

/** A month's state on the China calendar of `now`: the deadline day itself is still within time. */
export function dueState(month: Month, now: Date, dueDay: number): DueState {
  const today = chinaDayText(now);
  if (today.slice(0, 7) <= month) return 'notDue';
  return today <= dueDate(month, dueDay) ? 'due' : 'overdue';
}

/** Whether a report that arrived on `arrivedOn` ("2025-02-08") met the month's deadline (the due day counts as on time). */
export function arrivedOnTime(month: Month, arrivedOn: string, dueDay: number): boolean {
  return arrivedOn <= dueDate(month, dueDay);
}

function dayText(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
