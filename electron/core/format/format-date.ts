import { chinaClock } from './china-time.ts';

/** A date in full without zero padding, GB/T 9704-2012 style: "2025年4月11日" (the calendar day in China). */
export function formatDate(date: Date): string {
  const { year, month, day } = chinaClock(date);
  return `${year}年${month}月${day}日`;
}
