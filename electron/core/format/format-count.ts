import { formatFixed } from './format-fixed.ts';

/** A count (人次, 治疗量) as official text prints it: whole, no thousands separators ("10402"). */
export function formatCount(value: number): string {
  return formatFixed(value, 0);
}
