import type { Month } from '../model.ts';

/** A month as "1月" (within a known year) or, with the year, "2025年1月". */
export function formatMonth(month: Month, withYear = false): string {
  const [year, m] = month.split('-').map(Number);
  return withYear ? `${year}年${m}月` : `${m}月`;
}
