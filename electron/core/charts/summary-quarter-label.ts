import type { QuarterSummary } from '../model.ts';
import { parseQuarter, quarterLabel } from '../period/quarter.ts';

/** "2025年第一季度" for the summary's quarter; the raw id if it does not parse (captions must not throw). */
export function summaryQuarterLabel(summary: Pick<QuarterSummary, 'quarter'>): string {
  const quarter = parseQuarter(summary.quarter);
  return quarter ? quarterLabel(quarter) : summary.quarter;
}
