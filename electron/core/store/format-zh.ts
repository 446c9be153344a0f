import { formatDate } from '../format/format-date.ts';

/** An ISO time as the date in China, "2025年2月3日"; text that is not a time is shown as it is. */
export function dateLabel(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : formatDate(new Date(ms));
}
