import type { Change, Comparison } from '../model.ts';
import { divideHalfUp, sumExact } from './decimal.ts';

export type { Change } from '../model.ts';

/** The change from `previous` to `current`, as count and percent (同比 / 环比, domain.md). */
export function change(current: number, previous: number): Change {
  const delta = sumExact([current, -previous]);
  return { delta, percent: previous === 0 ? null : divideHalfUp(delta * 100, previous, 1) };
}

/** 同比 and 环比 of one figure, each null when its comparison period has no data. */
export function comparison(current: number, lastYear: number | null | undefined, previous: number | null | undefined): Comparison {
  return {
    yearOnYear: lastYear === null || lastYear === undefined ? null : change(current, lastYear),
    quarterOnQuarter: previous === null || previous === undefined ? null : change(current, previous),
  };
}
