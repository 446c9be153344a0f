import { scaledHalfUp } from './scaled-half-up.ts';

/** numerator ÷ denominator rounded half away from zero to `decimals` places, exactly (see scaledHalfUp). */
export function divideHalfUp(numerator: number, denominator: number, decimals: number): number {
  return Number(scaledHalfUp(numerator, denominator, decimals)) / 10 ** decimals;
}

/** A value rounded half away from zero to `decimals` places, judged on its printed decimal form (1.005 → 1.01). */
export function roundHalfUp(value: number, decimals: number): number {
  return divideHalfUp(value, 1, decimals);
}
