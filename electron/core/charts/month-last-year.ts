import type { Month } from '../model.ts';
import { monthId } from '../period/quarter.ts';

/** The same month one year earlier ("2025-03" → "2024-03"), the key of QuarterStatistics.lastYearMonths. */
export function monthLastYear(month: Month): Month {
  const [year, m] = month.split('-').map(Number);
  return monthId(year - 1, m);
}
