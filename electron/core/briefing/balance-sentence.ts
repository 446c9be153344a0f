import { fillTemplate } from './fill-template.ts';
import { divideHalfUp } from '../stats/divide-half-up.ts';
import { sumExact } from '../stats/sum-exact.ts';
import { formatFixed } from '../format/format-fixed.ts';
import { formatUnits } from '../format/format-units.ts';
import type { BriefingContext } from './briefing-context.ts';

/**
 * Collection against supply in one sentence: whole blood U collected vs red cells U issued (each U of red cells is
 * made from 1 U of whole blood, so the two are comparable). Empty when nothing was collected.
 */
export function balanceSentence(ctx: BriefingContext): string {
  const { wording } = ctx;
  const collected = ctx.summary.totals.wholeBloodUnits;
  const issued = ctx.summary.supplyTotals.redCellsU;
  if (collected <= 0) return '';
  const difference = sumExact([collected, -issued]);
  const values = { collected: formatUnits(collected), issued: formatUnits(issued), percent: formatFixed(divideHalfUp(issued * 100, collected, 1), 1), difference: formatUnits(Math.abs(difference)) };
  if (difference > 0) return fillTemplate(wording.supply.balanceSurplus, values);
  return difference < 0 ? fillTemplate(wording.supply.balanceDeficit, values) : fillTemplate(wording.supply.balanceEven, values);
}
