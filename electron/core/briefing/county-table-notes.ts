import { fillTemplate } from './fill-template.ts';
import { joinList, type BriefingContext } from './briefing-context.ts';
import { missingItems } from './missing-items.ts';

/** 说明 under 表1: source, denominator year, attribution by collection site, ranking rule, task rule, missing reports. */
export function countyTableNotes(ctx: BriefingContext, withTarget: boolean): string[] {
  const { summary, wording } = ctx;
  const w = wording.countyTable;
  const years = summary.populationYears.length > 0 ? summary.populationYears.join(wording.listSeparator) : '—';
  const notes = [w.noteSource, fillTemplate(w.noteDenominator, { years }), w.noteAttribution, w.noteRanking];
  if (withTarget) notes.push(fillTemplate(w.noteTarget, { month: ctx.quarter.q * 3, timeProgress: summary.timeProgress }));
  if (summary.missing.length > 0) notes.push(fillTemplate(w.noteMissing, { items: missingItems(summary.missing, wording).join(wording.groupSeparator) }));
  return notes;
}
