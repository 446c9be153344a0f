import { fillTemplate } from './fill-template.ts';
import { joinList } from './briefing-context.ts';
import { formatMonth } from '../format/format-dates.ts';
import type { MissingReport } from '../stats/missing-reports.ts';
import type { Wording } from './wording.ts';

/** Missing county-months grouped by county: ["华阴市3月", "潼关县2月、3月"], counties in the given order. */
export function missingItems(missing: readonly MissingReport[], wording: Wording): string[] {
  const counties = [...new Set(missing.map((m) => m.county))];
  return counties.map((county) => fillTemplate(wording.analysis.missingItem, {
    county,
    months: joinList(missing.filter((m) => m.county === county).map((m) => formatMonth(m.month)), wording),
  }));
}
