/** Dates and months as the briefing prints them: full year, no zero padding (GB/T 9704-2012), read in China time. */
import type { Month } from '../model.ts';
import { chinaClock } from '../period/china-time.ts';

/** A date in full without zero padding, GB/T 9704-2012 style: "2025年4月11日" (the calendar day in China). */
export function formatDate(date: Date): string {
  const { year, month, day } = chinaClock(date);
  return `${year}年${month}月${day}日`;
}

/** An ISO 8601 instant as "2025年4月8日 10:21" in China time, e.g. an import time in the data-source list. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const { hours, minutes } = chinaClock(date);
  return `${formatDate(date)} ${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** A month as "1月" (within a known year) or, with the year, "2025年1月". */
export function formatMonth(month: Month, withYear = false): string {
  const [year, m] = month.split('-').map(Number);
  return withYear ? `${year}年${m}月` : `${m}月`;
}

/** An ISO time as the date in China, "2025年2月3日"; text that is not a time is shown as it is. */
export function dateLabel(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : formatDate(new Date(ms));
}
