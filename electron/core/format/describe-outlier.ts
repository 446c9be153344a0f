import { COLLECTION_LABELS } from '../figure-labels.ts';
import type { Outlier } from '../stats/find-outliers.ts';
import { formatFixed, formatUnits } from './format-numbers.ts';

/**
 * An outlier as one line for the screens: "全血人次186，比去年同月（86）高116.3%，比前6个月平均（116.7）高59.4%，请核对"
 * — both reference values, so staff see why it was flagged; the figure itself is never changed.
 */
export function describeOutlier(o: Outlier): string {
  const relative = (percent: number) => `${percent >= 0 ? '高' : '低'}${formatFixed(Math.abs(percent), 1)}%`;
  const unit = o.field === 'wholeBloodUnits' ? 'U' : '';
  return `${COLLECTION_LABELS[o.field].replace('（U）', '')}${formatUnits(o.value)}${unit}，比去年同月（${formatUnits(o.lastYear)}${unit}）${relative(o.yearOnYearPercent)}，`
    + `比前${o.trailingMonths.length}个月平均（${formatFixed(o.trailingMean, 1)}${unit}）${relative(o.trailingPercent)}，请核对`;
}
