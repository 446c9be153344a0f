import { declinedCounties } from './declined-counties.ts';
import { type BriefingContext, describeChange, joinList } from './briefing-context.ts';
import { fillTemplate } from './fill-template.ts';
import { change } from '../stats/change.ts';
import { formatFixed, formatPermille } from '../format/format-numbers.ts';

/**
 * "献血人次同比增加312人次、增长3.1%，环比…。全血采集量同比…；千人口献血率由去年同期的2.08‰升至2.25‰。" plus gap
 * warnings and what the counties did: which fell, and by how much the others rose.
 */
export function collectionComparison(ctx: BriefingContext): string {
  const { summary, wording } = ctx;
  const w = wording.collection;
  const yoy = summary.sameQuarterLastYear
    ? fillTemplate(w.yoy, { change: describeChange(summary.totals.donors, summary.sameQuarterLastYear.donors, '人次', wording) })
    : w.yoyNone;
  const qoq = summary.previousQuarter
    ? fillTemplate(w.qoq, { change: describeChange(summary.totals.donors, summary.previousQuarter.donors, '人次', wording) })
    : w.qoqNone;
  return fillTemplate(w.comparison, { yoy, qoq }) + detail(ctx) + gaps(ctx) + countyChanges(ctx);
}

/** 同比 of whole-blood units and of the rate, when last year's quarter is stored. */
function detail(ctx: BriefingContext): string {
  const { summary, wording } = ctx;
  const w = wording.collection;
  const last = summary.sameQuarterLastYear;
  if (!last) return '';
  const units = fillTemplate(w.unitsYoy, { change: describeChange(summary.totals.wholeBloodUnits, last.wholeBloodUnits, 'U', wording) });
  const now = summary.totals.ratePerThousand;
  if (now === null || last.ratePerThousand === null) return `${units}。`;
  const values = { last: formatPermille(last.ratePerThousand), current: formatPermille(now) };
  const rate = fillTemplate(now > last.ratePerThousand ? w.rateUp : now < last.ratePerThousand ? w.rateDown : w.rateFlat, values);
  return fillTemplate(w.comparisonDetail, { units, rate });
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

/** "3.2%～9.7%" (or "5.0%" when all rose alike) over the 同比 percentages already computed by stats/change. */
function percentRange(percents: readonly number[], ctx: BriefingContext): string {
  const w = ctx.wording.collection;
  const [min, max] = [Math.min(...percents), Math.max(...percents)];
  return min === max ? fillTemplate(w.percentSingle, { value: formatFixed(min, 1) }) : fillTemplate(w.percentRange, { min: formatFixed(min, 1), max: formatFixed(max, 1) });
}

/**
 * Says what the counties did year on year: all rose (by how much), or which fell and by how much the others rose —
 * a statistician states the range rather than "均未下降".
 */
function countyChanges(ctx: BriefingContext): string {
  const { summary, wording } = ctx;
  const w = wording.collection;
  const compared = summary.counties.filter((c) => c.sameQuarterLastYear);
  const rises = compared.flatMap((c) => {
    const p = change(c.donors, c.sameQuarterLastYear!.donors).percent;
    return p !== null && p > 0 ? [p] : [];
  });
  const fallen = declinedCounties(summary.counties);
  if (fallen.length === 0) {
    if (compared.length === 0) return '';
    return rises.length === compared.length ? fillTemplate(w.allRose, { range: percentRange(rises, ctx) }) : w.noneDeclined;
  }
  const items = fallen.map((d) => (d.percent === null
    ? fillTemplate(w.declinedItemNoPercent, { county: d.county })
    : fillTemplate(w.declinedItem, { county: d.county, percent: formatFixed(Math.abs(d.percent), 1) })));
  const rest = rises.length === 0 ? '' : fillTemplate(w.restRose, { count: rises.length, range: percentRange(rises, ctx) });
  return fillTemplate(w.declined, { counties: joinList(items, wording) }) + rest;
}
