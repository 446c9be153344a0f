import { quarterLabel, parseQuarter, type Quarter } from '../period/quarter.ts';
import type { QuarterStatistics } from '../stats/quarter-statistics.ts';
import type { Wording } from './wording.ts';
import { change } from '../stats/change.ts';
import { formatChange } from '../format/format-numbers.ts';

/** What every part of the briefing reads: the figures, the wording and the quarter's printed name. */
export interface BriefingContext {
  readonly summary: QuarterStatistics;
  readonly wording: Wording;
  readonly quarter: Quarter;
  /** "2025年第一季度" */
  readonly label: string;
}

/** Builds the context; the summary's quarter id was validated when it was computed. */
export function briefingContext(summary: QuarterStatistics, wording: Wording): BriefingContext {
  const quarter = parseQuarter(summary.quarter);
  if (!quarter) throw new RangeError(`季度格式不正确：“${summary.quarter}”`);
  return { summary, wording, quarter, label: quarterLabel(quarter) };
}

/** Joins names with the wording's list separator ("、"). */
export function joinList(items: readonly string[], wording: Wording): string {
  return items.join(wording.listSeparator);
}

/** "增加312人次、增长3.1%" for current against previous, in the wording's change words. */
export function describeChange(current: number, previous: number, unit: string, wording: Wording): string {
  return formatChange(change(current, previous), unit, wording.change);
}
