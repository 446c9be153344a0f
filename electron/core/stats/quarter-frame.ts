import { parseQuarter, previousQuarter, quarterMonths, sameQuarterLastYear, yearToDateMonths } from '../period/quarter.ts';
import type { QuarterId } from '../model.ts';
import type { QuarterFrame } from './summarise-county.ts';

/** The quarter's months and the months of its comparison periods; a malformed id is a clear error. */
export function quarterFrame(id: QuarterId): QuarterFrame {
  const quarter = parseQuarter(id);
  if (!quarter) throw new RangeError(`季度格式不正确：“${id}”，应为如 2025Q1`);
  return {
    quarter,
    months: quarterMonths(quarter),
    lastYearMonths: quarterMonths(sameQuarterLastYear(quarter)),
    previousMonths: quarterMonths(previousQuarter(quarter)),
    yearToDateMonths: yearToDateMonths(quarter),
    lastYearToDateMonths: yearToDateMonths(sameQuarterLastYear(quarter)),
  };
}
