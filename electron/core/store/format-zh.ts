import type { Month } from '../model.ts';

/** "2025-01" → "2025年1月". */
export function monthLabel(month: Month): string {
  const [year, m] = month.split('-');
  return m === undefined ? month : `${year}年${Number(m)}月`;
}

/** China Standard Time is UTC+8 all year (no daylight saving), where the station reads the date. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** An ISO time as the date in China, "2025年2月3日"; text that is not a time is shown as it is. */
export function dateLabel(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + CHINA_OFFSET_MS);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}
