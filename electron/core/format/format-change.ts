import { CHANGE_WORDS, changeDirection, type ChangeWords, type ChangeDirection } from './change-direction.ts';
import { formatFixed } from './format-fixed.ts';
import { formatUnits } from './format-units.ts';

/**
 * A change in words without its sign: "增加312人次、增长3.1%", "减少50人次、下降5.0%", "持平".
 * Without a percentage (nothing to compare with) only the count part is given.
 */
export function formatChange(change: { delta: number; percent: number | null }, unit: string, words: Readonly<Record<ChangeDirection, ChangeWords>> = CHANGE_WORDS): string {
  const direction = changeDirection(change.delta);
  const w = words[direction];
  if (direction === 'flat') return w.count;
  const count = `${w.count}${formatUnits(Math.abs(change.delta))}${unit}`;
  return change.percent === null ? count : `${count}、${w.percent}${formatFixed(Math.abs(change.percent), 1)}%`;
}
