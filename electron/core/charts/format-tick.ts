/**
 * A tick value as printed on an axis: the shortest decimal form, without thousands separators like every figure of
 * the briefing ("4000", "0.5"). Ticks are round by construction (stats/axis-ticks.ts), so nothing is rounded here.
 */
export function formatTick(value: number): string {
  return String(value);
}
