import { fillTemplate } from './fill-template.ts';
import { joinList, type BriefingContext } from './briefing-context.ts';
import { formatWan } from '../format/format-numbers.ts';

/** Which year-end each county used, or the one year when uniform, or which counties lack a population. */
function populationBasisNote(ctx: BriefingContext): string {
  const { summary, wording } = ctx;
  const w = wording.appendix;
  const unknown = summary.counties.filter((c) => c.population === null).map((c) => c.name);
  if (summary.population === null) return fillTemplate(w.populationUnknown, { counties: joinList(unknown, wording) });
  const population = formatWan(summary.population);
  if (summary.populationYear !== null) return fillTemplate(w.populationUniform, { year: summary.populationYear, population });
  const items = summary.counties.map((c) => fillTemplate(w.populationMixedItem, { county: c.name, year: c.populationYear ?? '—' }));
  return fillTemplate(w.populationMixed, { items: joinList(items, wording), population });
}

/**
 * 附件 (三): the denominator rule, the year(s) used and the population source (DHIS2: every export states its
 * denominator). The issue's own 人口数据来源 setting wins over the profile's; with neither, nothing is said about it —
 * the document never speaks of how it was made.
 */
export function populationNote(ctx: BriefingContext, populationSource = ''): string[] {
  const w = ctx.wording.appendix;
  const sources = populationSource.trim() !== '' ? [populationSource.trim()] : ctx.summary.populationSources;
  const source = sources.length > 0 ? fillTemplate(w.populationSource, { sources: joinList(sources, ctx.wording) }) : w.populationSourceUnknown;
  return [w.populationRule, populationBasisNote(ctx) + source];
}
