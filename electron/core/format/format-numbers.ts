/**
 * How the briefing, the tables and the screens print figures (Chinese statistical conventions): exact half-up
 * rounding on the decimal form, no thousands separators in official text, ‰ for the rate, dashes for nothing,
 * and the words 增加 / 减少 / 增长 / 下降 / 持平 for changes. One module, so every printed number goes one way.
 */
import { divideHalfUp, scaledHalfUp } from '../stats/decimal.ts';

/** A number with exactly `decimals` places, rounded half away from zero on its decimal form (no thousands separators). */
export function formatFixed(value: number, decimals: number): string {
  const q = scaledHalfUp(value, 1, decimals);
  const digits = (q < 0n ? -q : q).toString().padStart(decimals + 1, '0');
  const sign = q < 0n ? '-' : '';
  if (decimals === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** A count (人次, 治疗量) as official text prints it: whole, no thousands separators ("10402"). */
export function formatCount(value: number): string {
  return formatFixed(value, 0);
}

/** A quantity in U (or ml) with at most one decimal, half-up, and no trailing ".0" ("19920", "1.5"). */
export function formatUnits(value: number): string {
  return formatFixed(value, 1).replace(/\.0$/, '');
}

/** A percentage with 1 decimal, half-up, and the sign "%" ("3.1%"). */
export function formatPercent(value: number): string {
  return `${formatFixed(value, 1)}%`;
}

/** A 千人口献血率 with 2 decimals and the per-mille sign ("2.25‰"); never "%" (domain.md: "2.25%" was a unit error). */
export function formatPermille(value: number): string {
  return `${formatFixed(value, 2)}‰`;
}

/** A head count in 万人 with 1 decimal, half-up (4619000 → "461.9"). */
export function formatWan(persons: number): string {
  return formatFixed(divideHalfUp(persons, 10000, 1), 1);
}

/** What a table cell shows when there is no figure (no comparison, no target): a dash, as statistical tables do. */
export const EMPTY_CELL = '—';

/** Formats a value, or the empty-cell dash when it is null. */
export function orDash<T>(value: T | null | undefined, format: (v: T) => string): string {
  return value === null || value === undefined ? EMPTY_CELL : format(value);
}

/** Whether a figure went up, down or stayed level against its comparison period. */
export type ChangeDirection = 'up' | 'down' | 'flat';

/** The direction of a signed change. */
export function changeDirection(delta: number): ChangeDirection {
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
}

/** The words official statistics use for a change: counts 增加 / 减少, rates 增长 / 下降, no change 持平. */
export interface ChangeWords {
  readonly count: string;
  readonly percent: string;
}

/** Standard change words by direction (overridable through the wording templates). */
export const CHANGE_WORDS: Readonly<Record<ChangeDirection, ChangeWords>> = {
  up: { count: '增加', percent: '增长' },
  down: { count: '减少', percent: '下降' },
  flat: { count: '持平', percent: '持平' },
};

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
