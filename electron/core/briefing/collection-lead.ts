import { fillTemplate } from './fill-template.ts';
import { populationBasis } from './population-basis.ts';
import { formatCount } from '../format/format-count.ts';
import { formatPermille } from '../format/format-permille.ts';
import { formatUnits } from '../format/format-units.ts';
import { formatFixed } from '../format/format-fixed.ts';
import type { BriefingContext } from './briefing-context.ts';

/**
 * The house-style lead: "全市共采集10402人次，其中全血9960人次、血小板442人次，千人口献血率2.25‰（按…计算）。",
 * then volumes in U and 治疗量, the labelled annualised rate, and the year to date after the first quarter.
 */
export function collectionLead(ctx: BriefingContext): string {
  const { summary, wording, label } = ctx;
  const t = summary.totals;
  const values = { quarter: label, whole: wording.whole, donors: formatCount(t.donors), wholeBloodDonors: formatCount(t.wholeBloodDonors), plateletDonors: formatCount(t.plateletDonors), populationBasis: populationBasis(ctx) };
  const lead = t.ratePerThousand === null
    ? fillTemplate(wording.collection.leadNoRate, values)
    : fillTemplate(wording.collection.lead, { ...values, rate: formatPermille(t.ratePerThousand) });
  const volumes = fillTemplate(wording.collection.volumes, { wholeBloodUnits: formatUnits(t.wholeBloodUnits), plateletDoses: formatCount(t.plateletDoses) });
  const annualised = summary.annualisedRate.timesFour === null ? '' : fillTemplate(wording.collection.annualised, { timesFour: formatFixed(summary.annualisedRate.timesFour, 2) });
  return lead + volumes + annualised + yearToDate(ctx);
}

/** "1—6月累计采集…人次，累计千人口献血率…‰。" after the first quarter (in Q1 it equals the quarter). */
function yearToDate(ctx: BriefingContext): string {
  const ytd = ctx.summary.yearToDate;
  if (ctx.quarter.q === 1 || ytd.ratePerThousand === null) return '';
  return fillTemplate(ctx.wording.collection.yearToDate, { month: ctx.quarter.q * 3, donors: formatCount(ytd.donors), rate: formatPermille(ytd.ratePerThousand) });
}
