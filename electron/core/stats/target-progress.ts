import { divideHalfUp } from './decimal.ts';
import type { CountySummary } from '../model.ts';
import type { Quarter } from '../period/quarter.ts';

/** Target progress as in the JSON contract: annual target, year-to-date donations, progress and time progress (both in %). */
export type TargetProgress = NonNullable<CountySummary['target']>;

/** Time progress at the end of a quarter: 25 / 50 / 75 / 100 % (domain.md 任务完成率 is read against it). */
export function timeProgress(quarter: Quarter): number {
  return quarter.q * 25;
}

/** 任务完成率 = year-to-date donations ÷ annual target, in % (1 decimal, half-up); null without a positive target. */
export function targetProgress(annual: number | undefined, yearToDate: number, quarter: Quarter): TargetProgress | null {
  if (annual === undefined || annual <= 0) return null;
  return { annual, yearToDate, progress: divideHalfUp(yearToDate * 100, annual, 1), timeProgress: timeProgress(quarter) };
}

/**
 * The city's annual target: the region's own entry when the profile gives one (an explicit figure wins, since a city
 * target may include collections no county owns), else the sum of the county targets when every county has one.
 */
export function regionTarget(targets: Readonly<Record<string, number>> | undefined, region: string, counties: readonly string[]): number | undefined {
  if (!targets) return undefined;
  if (targets[region] !== undefined) return targets[region];
  const all = counties.map((c) => targets[c]);
  return all.length > 0 && all.every((t) => t !== undefined) ? all.reduce((a, b) => a + b, 0) : undefined;
}
