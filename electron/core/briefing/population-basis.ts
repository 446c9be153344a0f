import { fillTemplate } from './fill-template.ts';
import { formatWan } from '../format/format-numbers.ts';
import type { BriefingContext } from './briefing-context.ts';

/** The denominator clause: "按2024年末常住人口461.9万人计算", the mixed-year variant, or why no rate was computed. */
export function populationBasis(ctx: BriefingContext): string {
  const { summary, wording } = ctx;
  if (summary.population === null) return wording.collection.populationUnknown;
  const population = formatWan(summary.population);
  if (summary.populationYear !== null) return fillTemplate(wording.collection.populationUniform, { year: summary.populationYear, population });
  return fillTemplate(wording.collection.populationMixed, { years: summary.populationYears.join(wording.listSeparator), population });
}
