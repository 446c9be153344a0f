import { formatDate } from './format-date.ts';

/** An ISO 8601 instant as local "2025年4月8日 10:21", e.g. an import time in the data-source list. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  return `${formatDate(date)} ${hh}:${mm}`;
}
