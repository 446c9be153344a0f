import { divideHalfUp } from './divide-half-up.ts';
import { sumExact } from './sum-exact.ts';

/** A 同比 / 环比 change: the difference, and the relative change in % (1 decimal, half-up). */
export interface Change {
  readonly delta: number;
  /** Null when the earlier value is zero (a percentage of nothing is undefined). */
  readonly percent: number | null;
}

/** The change from `previous` to `current`, as count and percent (同比 / 环比, domain.md). */
export function change(current: number, previous: number): Change {
  const delta = sumExact([current, -previous]);
  return { delta, percent: previous === 0 ? null : divideHalfUp(delta * 100, previous, 1) };
}
