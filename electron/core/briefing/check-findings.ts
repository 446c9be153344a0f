import { fillTemplate } from './fill-template.ts';
import type { BriefingContext } from './briefing-context.ts';
import { COLLECTION_LABELS } from '../figure-labels.ts';
import { formatMonth } from '../format/format-dates.ts';
import { formatCount, formatFixed, formatUnits } from '../format/format-numbers.ts';
import type { RecordWarning } from '../model.ts';
import type { Outlier } from '../stats/find-outliers.ts';
import type { PopulationChange } from '../stats/population-changes.ts';

/** One finding, with the county it is about (hospitals' warnings come after every county). */
interface Finding {
  readonly county: string | null;
  readonly text: string;
}

/**
 * 附件 数据核查提示: the quarter's stored rule warnings, outlier flags and population changes, grouped by county in
 * report order, numbered （1）（2）…; none at all gives no lines (the section is left out). Formatting only: every
 * value was computed in stats (QuarterStatistics.warnings / outliers / populationChanges).
 */
export function checkFindings(ctx: BriefingContext): string[] {
  const s = ctx.summary;
  const findings: Finding[] = [
    ...s.warnings.map((w) => ({ county: w.kind === 'collection' ? w.subject : null, text: warningText(ctx, w) })),
    ...s.outliers.map((o) => ({ county: o.county, text: outlierText(ctx, o) })),
    ...s.populationChanges.map((p) => ({ county: p.county, text: populationText(ctx, p) })),
  ];
  const order = [...s.counties.map((c) => c.name), ...new Set(findings.flatMap((f) => (f.county === null ? [] : [f.county])))];
  const rank = (f: Finding) => (f.county === null ? Infinity : order.indexOf(f.county));
  const sorted = findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
  return sorted.map((f, i) => fillTemplate(ctx.wording.appendix.checksItem, { n: i + 1, text: f.text }));
}

/** The stored message without its "警告（规则“…”）：" label, the rule named after it. */
function warningText(ctx: BriefingContext, w: RecordWarning): string {
  const message = w.message.replace(/^警告（规则“[^”]*”）：/, '');
  return fillTemplate(ctx.wording.appendix.checksWarning, { message, rule: w.rule });
}

function outlierText(ctx: BriefingContext, o: Outlier): string {
  const w = ctx.wording.appendix;
  const units = o.field === 'wholeBloodUnits';
  const value = (v: number) => (units ? `${formatUnits(v)}U` : formatCount(v));
  const relative = (percent: number) => fillTemplate(percent >= 0 ? w.checksHigher : w.checksLower, { percent: formatFixed(Math.abs(percent), 1) });
  return fillTemplate(w.checksOutlier, {
    county: o.county, month: formatMonth(o.month), figure: COLLECTION_LABELS[o.field].replace('（U）', ''), value: value(o.value),
    lastYear: value(o.lastYear), yearChange: relative(o.yearOnYearPercent),
    trailingMonths: o.trailingMonths.length, trailingMean: units ? `${formatFixed(o.trailingMean, 1)}U` : formatFixed(o.trailingMean, 1), trailingChange: relative(o.trailingPercent),
    yearThreshold: ctx.summary.checks.yearOnYearPercent, trailingThreshold: ctx.summary.checks.trailingPercent,
  });
}

function populationText(ctx: BriefingContext, p: PopulationChange): string {
  const w = ctx.wording.appendix;
  return fillTemplate(w.checksPopulation, {
    county: p.county, fromYear: p.fromYear, from: formatCount(p.from), toYear: p.toYear, to: formatCount(p.to),
    change: fillTemplate(p.percent >= 0 ? w.populationUp : w.populationDown, { percent: formatFixed(Math.abs(p.percent), 1) }),
    threshold: ctx.summary.checks.populationChangePercent,
  });
}
