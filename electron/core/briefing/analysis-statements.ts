import { declinedCounties } from './declined-counties.ts';
import { type BriefingContext, describeChange, joinList } from './briefing-context.ts';
import { fillTemplate } from './fill-template.ts';
import { missingItems } from './missing-items.ts';
import { formatFixed } from '../format/format-numbers.ts';
import type { CountyStatistics } from '../stats/quarter-statistics.ts';

/** The city's fall year on year, when it fell. */
function cityDecline(ctx: BriefingContext): string[] {
  const { summary, wording } = ctx;
  const last = summary.sameQuarterLastYear;
  if (!last || summary.totals.donors >= last.donors) return [];
  return [fillTemplate(wording.analysis.cityDecline, { whole: wording.whole, change: describeChange(summary.totals.donors, last.donors, '人次', wording) })];
}

/** Counties that fell year on year. */
function countyDeclines(ctx: BriefingContext): string[] {
  const fallen = declinedCounties(ctx.summary.counties).map((d) => d.county);
  return fallen.length === 0 ? [] : [fillTemplate(ctx.wording.analysis.countyDeclines, { counties: joinList(fallen, ctx.wording) })];
}

/** Counties grouped by their printed completion rate, lowest first; each group keeps table (profile) order. */
function byProgress(counties: readonly CountyStatistics[]): { progress: string; value: number; names: string[] }[] {
  const groups = new Map<string, { progress: string; value: number; names: string[] }>();
  for (const c of counties) {
    const progress = formatFixed(c.target!.progress, 1);
    const group = groups.get(progress) ?? { progress, value: c.target!.progress, names: [] };
    groups.set(progress, { ...group, names: [...group.names, c.name] });
  }
  return [...groups.values()].sort((a, b) => a.value - b.value);
}

/**
 * Counties whose task completion lags the time progress (domain.md 任务完成率 read against time progress), grouped
 * as a statistician would: "各区县完成率均为23.3%" when all lag alike, the range and the lowest when all lag, else the
 * lagging counties grouped by equal rate. A county with no month of the quarter stored is left to the missing-reports
 * statement: its progress is not known.
 */
function belowPace(ctx: BriefingContext): string[] {
  const { summary, wording } = ctx;
  const w = wording.analysis;
  const known = summary.counties.filter((c) => c.target !== null && Object.keys(c.months).length > 0);
  const lagging = known.filter((c) => c.target!.progress < c.target!.timeProgress);
  if (lagging.length === 0) return [];
  const groups = byProgress(lagging);
  const timeProgress = summary.timeProgress;
  if (lagging.length === known.length && lagging.length > 1) {
    if (groups.length === 1) return [fillTemplate(w.allBelowPaceSame, { progress: groups[0].progress, timeProgress })];
    const lowest = groups[0];
    return [fillTemplate(w.allBelowPace, { timeProgress, min: lowest.progress, max: groups[groups.length - 1].progress, lowest: joinList(lowest.names, wording) })];
  }
  const items = groups.map((g) => (g.names.length === 1
    ? fillTemplate(w.belowPaceItem, { county: g.names[0], progress: g.progress })
    : fillTemplate(w.belowPaceGroup, { counties: joinList(g.names, wording), progress: g.progress })));
  return [fillTemplate(w.belowPace, { items: joinList(items, wording), timeProgress })];
}

/** The city's own task progress, when it has a target. */
function cityPace(ctx: BriefingContext): string[] {
  const t = ctx.summary.target;
  return t ? [fillTemplate(ctx.wording.analysis.cityPace, { whole: ctx.wording.whole, progress: formatFixed(t.progress, 1), timeProgress: t.timeProgress })] : [];
}

/** County-months not reported (DHIS2 completeness), listed rather than treated as errors. */
function missing(ctx: BriefingContext): string[] {
  const { summary, wording } = ctx;
  return summary.missing.length === 0 ? [] : [fillTemplate(wording.analysis.missing, { items: missingItems(summary.missing, wording).join(wording.groupSeparator) })];
}

/** The city's standing: its task progress, when it has a target (opens 三 before the problems). */
export function analysisStanding(ctx: BriefingContext): string[] {
  return cityPace(ctx);
}

/**
 * 三、形势分析 （一）存在问题: statements derived from the figures — declines, lagging task progress, missing reports.
 * When nothing is flagged (and the city is on pace), one sentence says so.
 */
export function analysisProblems(ctx: BriefingContext): string[] {
  const t = ctx.summary.target;
  const cityLags = t !== null && t.progress < t.timeProgress;
  const flagged = [...cityDecline(ctx), ...countyDeclines(ctx), ...belowPace(ctx), ...missing(ctx)];
  return flagged.length > 0 || cityLags ? flagged : [ctx.wording.analysis.allClear];
}

/** All 三、形势分析 statements in reading order: the city's standing, then the problems. */
export function analysisStatements(ctx: BriefingContext): string[] {
  return [...analysisStanding(ctx), ...analysisProblems(ctx)];
}
