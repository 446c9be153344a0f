import { chinaClock } from './china-time.ts';
import { formatDate } from './format-date.ts';

/** An ISO 8601 instant as "2025年4月8日 10:21" in China time, e.g. an import time in the data-source list. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const { hours, minutes } = chinaClock(date);
  return `${formatDate(date)} ${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
