import { balanceSentence } from './balance-sentence.ts';
import { type BriefingContext, describeChange, joinList } from './briefing-context.ts';
import { fillTemplate } from './fill-template.ts';
import { formatCount, formatUnits } from '../format/format-numbers.ts';
import { formatMonth } from '../format/format-dates.ts';

/** 二、血液供应情况 text: totals by component, 红细胞 同比, months without supply data, and the balance sentence. */
export function supplyNarrative(ctx: BriefingContext): string {
  const { summary, wording } = ctx;
  const w = wording.supply;
  if (summary.supplyMonths.length === 0) return w.none;
  const s = summary.supplyTotals;
  const supplied = summary.hospitals.filter((h) => h.redCellsU + h.plasmaMl + h.plateletDoses + h.cryoU > 0).length;
  const lead = fillTemplate(w.lead, {
    quarter: ctx.label, hospitals: supplied, redCells: formatUnits(s.redCellsU), plasma: formatUnits(s.plasmaMl), platelets: formatCount(s.plateletDoses), cryo: formatUnits(s.cryoU),
  });
  const last = summary.supplyTotalsLastYear;
  const yoy = last ? fillTemplate(w.redCellsYoy, { change: describeChange(s.redCellsU, last.redCellsU, 'U', wording) }) : '';
  const absent = summary.months.filter((m) => !summary.supplyMonths.includes(m));
  const gap = absent.length > 0 ? fillTemplate(w.missingMonths, { months: joinList(absent.map((m) => formatMonth(m)), wording) }) : '';
  return lead + yoy + gap + balanceSentence(ctx);
}
