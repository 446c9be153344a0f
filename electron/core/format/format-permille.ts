import { formatFixed } from './format-fixed.ts';

/** A 千人口献血率 with 2 decimals and the per-mille sign ("2.25‰"); never "%" (domain.md: "2.25%" was a unit error). */
export function formatPermille(value: number): string {
  return `${formatFixed(value, 2)}‰`;
}
