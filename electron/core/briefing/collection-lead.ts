import { fillTemplate } from './fill-template.ts';
import { formatCount, formatFixed, formatPermille, formatUnits, formatWan } from '../format/format-numbers.ts';
import type { BriefingContext } from './briefing-context.ts';

/**
 * The house-style lead. In the first quarter: "全市共采集10402人次，其中全血9960人次、单采血小板442人次，千人口献血率
 * 2.25‰（按…计算）。"; later the year to date leads (1—N月累计 and its rate against the same months last year say
 * more than one quarter, domain.md), then the quarter. Then volumes in U and 治疗量 and the labelled ×4 rate.
 */
export function collectionLead(ctx: BriefingContext): string {
  const { summary, wording } = ctx;
  const t = summary.totals;
  const volumes = fillTemplate(wording.collection.volumes, { wholeBloodUnits: formatUnits(t.wholeBloodUnits), plateletDoses: formatCount(t.plateletDoses) });
  const annualised = summary.annualisedRate.timesFour === null ? '' : fillTemplate(wording.collection.annualised, { timesFour: formatFixed(summary.annualisedRate.timesFour, 2) });
  return (yearToDateLead(ctx) ?? quarterLead(ctx)) + volumes + annualised;
}

/** The quarter alone (Q1, where the year to date is the quarter, or when no rate can be given). */
function quarterLead(ctx: BriefingContext): string {
  const { summary, wording, label } = ctx;
  const t = summary.totals;
  const values = { quarter: label, whole: wording.whole, donors: formatCount(t.donors), wholeBloodDonors: formatCount(t.wholeBloodDonors), plateletDonors: formatCount(t.plateletDonors), populationBasis: populationBasis(ctx) };
  return t.ratePerThousand === null
    ? fillTemplate(wording.collection.leadNoRate, values)
    : fillTemplate(wording.collection.lead, { ...values, rate: formatPermille(t.ratePerThousand) });
}

/** "2025年1—6月，全市累计采集…人次，累计千人口献血率…‰（按…计算），去年同期为…‰。其中第二季度…。"; null in Q1. */
function yearToDateLead(ctx: BriefingContext): string | null {
  const { summary, wording, quarter, label } = ctx;
  const w = wording.collection;
  const ytd = summary.yearToDate;
  const t = summary.totals;
  if (quarter.q === 1 || ytd.ratePerThousand === null || t.ratePerThousand === null) return null;
  const lastRate = summary.yearToDateLastYear?.ratePerThousand ?? null;
  const lastYear = lastRate === null ? '' : fillTemplate(w.yearToDateLastYear, { rate: formatPermille(lastRate) });
  const lead = fillTemplate(w.yearToDateLead, {
    year: quarter.year, month: quarter.q * 3, whole: wording.whole, donors: formatCount(ytd.donors), rate: formatPermille(ytd.ratePerThousand), populationBasis: populationBasis(ctx), lastYear,
  });
  return lead + fillTemplate(w.quarterAfterYearToDate, {
    quarter: label, donors: formatCount(t.donors), wholeBloodDonors: formatCount(t.wholeBloodDonors), plateletDonors: formatCount(t.plateletDonors), rate: formatPermille(t.ratePerThousand),
  });
}

/** The denominator clause: "按2024年末常住人口461.9万人计算", the mixed-year variant, or why no rate was computed. */
export function populationBasis(ctx: BriefingContext): string {
  const { summary, wording } = ctx;
  if (summary.population === null) return wording.collection.populationUnknown;
  const population = formatWan(summary.population);
  if (summary.populationYear !== null) return fillTemplate(wording.collection.populationUniform, { year: summary.populationYear, population });
  return fillTemplate(wording.collection.populationMixed, { years: summary.populationYears.join(wording.listSeparator), population });
}
