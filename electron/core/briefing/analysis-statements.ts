import { declinedCounties } from './declined-counties.ts';
import { describeChange } from './describe-change.ts';
import { fillTemplate } from './fill-template.ts';
import { joinList, type BriefingContext } from './briefing-context.ts';
import { missingItems } from './missing-items.ts';
import { formatFixed } from '../format/format-fixed.ts';

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

/**
 * Counties whose task completion lags the time progress (domain.md 任务完成率 read against time progress). A county
 * with no month of the quarter stored is left to the missing-reports statement: its progress is not known.
 */
function belowPace(ctx: BriefingContext): string[] {
  const { summary, wording } = ctx;
  const lagging = summary.counties.filter((c) => c.target !== null && c.target.progress < c.target.timeProgress && Object.keys(c.months).length > 0);
  if (lagging.length === 0) return [];
  const items = lagging.map((c) => fillTemplate(wording.analysis.belowPaceItem, { county: c.name, progress: formatFixed(c.target?.progress ?? 0, 1) }));
  return [fillTemplate(wording.analysis.belowPace, { items: joinList(items, wording), timeProgress: summary.timeProgress })];
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

/**
 * 三、形势分析 statements derived from the figures: declines, lagging task progress, missing reports; the city's
 * progress is stated alongside. When nothing is flagged, one sentence says so.
 */
export function analysisStatements(ctx: BriefingContext): string[] {
  const t = ctx.summary.target;
  const cityLags = t !== null && t.progress < t.timeProgress;
  const flagged = [...cityDecline(ctx), ...countyDeclines(ctx), ...belowPace(ctx), ...missing(ctx)];
  return [...cityPace(ctx), ...(flagged.length > 0 || cityLags ? flagged : [ctx.wording.analysis.allClear])];
}
