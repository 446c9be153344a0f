import { change } from '../stats/change.ts';
import { formatChange } from '../format/format-numbers.ts';
import type { Wording } from './wording.ts';

/** "增加312人次、增长3.1%" for current against previous, in the wording's change words. */
export function describeChange(current: number, previous: number, unit: string, wording: Wording): string {
  return formatChange(change(current, previous), unit, wording.change);
}
