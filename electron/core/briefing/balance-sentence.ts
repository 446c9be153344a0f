import { fillTemplate } from './fill-template.ts';
import { formatFixed, formatUnits } from '../format/format-numbers.ts';
import type { BriefingContext } from './briefing-context.ts';

/**
 * Red cells issued against whole blood collected, as a share (stats' redCellsPercentOfWholeBlood): 1 U of red cells
 * is made from 1 U of whole blood, so the two are like with like. No difference is printed: without stock and discard
 * figures "采集量多于供应量…U" reads as blood gone missing. Empty without supply data or collections.
 */
export function balanceSentence(ctx: BriefingContext): string {
  const percent = ctx.summary.redCellsPercentOfWholeBlood;
  if (percent === null) return '';
  return fillTemplate(ctx.wording.supply.balance, {
    collected: formatUnits(ctx.summary.totals.wholeBloodUnits), issued: formatUnits(ctx.summary.supplyTotals.redCellsU), percent: formatFixed(percent, 1),
  });
}
