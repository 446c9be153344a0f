import { fillTemplate } from './fill-template.ts';
import { formatCount, formatFixed } from '../format/format-numbers.ts';
import type { IndicatorsSummary, Share } from '../model.ts';
import type { BriefingContext } from './briefing-context.ts';
import { INDICATOR_TABLE_NUMBER } from './indicator-table.ts';

const pct = (share: Share): string => formatFixed(share.percent!, 1);

/**
 * The paragraph over 表2 in the house style of provincial bulletins: the city's 首次献血比例, 重复献血者比例,
 * 400 ml献血比例 and 团体 share, the counties highest and lowest by 首次献血比例, the ABO and RhD distribution.
 * Parts the inputs do not give are left out, never printed as 0.
 */
export function indicatorSentence(ctx: BriefingContext, indicators: IndicatorsSummary): string {
  const w = ctx.wording.indicators;
  const city = indicators.city;
  const given = (s: Share | null): s is Share => s !== null && s.percent !== null;
  const parts = [
    given(city.firstTime) ? fillTemplate(w.firstTime, { percent: pct(city.firstTime), count: formatCount(city.firstTime.count) }) : null,
    given(city.repeatDonors) ? fillTemplate(w.repeatDonors, { percent: pct(city.repeatDonors) }) : null,
    given(city.ml400) ? fillTemplate(w.ml400, { percent: pct(city.ml400) }) : null,
    given(city.group) ? fillTemplate(w.group, { percent: pct(city.group) }) : null,
  ].filter((p): p is string => p !== null);
  const lead = parts.length > 0 ? w.lead + fillTemplate(w.cityOf, { parts: parts.join(w.cityJoin) }) + ranking(ctx, indicators) + w.end : '';
  return lead + blood(ctx, indicators) + fillTemplate(w.tableIntro, { number: INDICATOR_TABLE_NUMBER });
}

function ranking(ctx: BriefingContext, indicators: IndicatorsSummary): string {
  const names = indicators.rankingByFirstTime;
  if (names.length < 2) return '';
  const share = (name: string) => indicators.counties.find((c) => c.name === name)!.firstTime!;
  const [top, bottom] = [names[0]!, names[names.length - 1]!];
  return fillTemplate(ctx.wording.indicators.ranking, { top, topPercent: pct(share(top)), bottom, bottomPercent: pct(share(bottom)) });
}

function blood(ctx: BriefingContext, indicators: IndicatorsSummary): string {
  const w = ctx.wording.indicators;
  const { abo, rhdNegative } = indicators.city;
  if (!abo || abo.A.percent === null) return '';
  const groups = fillTemplate(w.abo, { A: pct(abo.A), B: pct(abo.B), O: pct(abo.O), AB: pct(abo.AB) });
  const rhd = rhdNegative && rhdNegative.percent !== null ? fillTemplate(w.rhd, { count: formatCount(rhdNegative.count), percent: pct(rhdNegative) }) : '';
  return groups + rhd + w.end;
}
