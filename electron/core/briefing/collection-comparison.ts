import { declinedCounties } from './declined-counties.ts';
import { describeChange } from './describe-change.ts';
import { fillTemplate } from './fill-template.ts';
import { joinList, type BriefingContext } from './briefing-context.ts';
import { formatFixed } from '../format/format-fixed.ts';

/** "献血人次同比增加312人次、增长3.1%，环比…。" plus gap warnings and the counties that fell year on year. */
export function collectionComparison(ctx: BriefingContext): string {
  const { summary, wording } = ctx;
  const w = wording.collection;
  const yoy = summary.sameQuarterLastYear
    ? fillTemplate(w.yoy, { change: describeChange(summary.totals.donors, summary.sameQuarterLastYear.donors, '人次', wording) })
    : w.yoyNone;
  const qoq = summary.previousQuarter
    ? fillTemplate(w.qoq, { change: describeChange(summary.totals.donors, summary.previousQuarter.donors, '人次', wording) })
    : w.qoqNone;
  return fillTemplate(w.comparison, { yoy, qoq }) + gaps(ctx) + declines(ctx);
}

/** Warns when a comparison period lacks county-months: the change then mixes missing data with real movement. */
function gaps(ctx: BriefingContext): string {
  const { summary, wording } = ctx;
  const w = wording.collection;
  const parts = [
    summary.sameQuarterLastYear && summary.missingLastYear.length > 0 ? fillTemplate(w.gap, { period: w.gapLastYear, count: summary.missingLastYear.length }) : '',
    summary.previousQuarter && summary.missingPreviousQuarter.length > 0 ? fillTemplate(w.gap, { period: w.gapPreviousQuarter, count: summary.missingPreviousQuarter.length }) : '',
  ];
  return parts.join('');
}

/** Names the counties that fell year on year (or says none did, when any county can be compared). */
function declines(ctx: BriefingContext): string {
  const { summary, wording } = ctx;
  const w = wording.collection;
  const fallen = declinedCounties(summary.counties);
  if (fallen.length === 0) return summary.counties.some((c) => c.sameQuarterLastYear) ? w.noneDeclined : '';
  const items = fallen.map((d) => (d.percent === null
    ? fillTemplate(w.declinedItemNoPercent, { county: d.county })
    : fillTemplate(w.declinedItem, { county: d.county, percent: formatFixed(Math.abs(d.percent), 1) })));
  return fillTemplate(w.declined, { counties: joinList(items, wording) });
}
