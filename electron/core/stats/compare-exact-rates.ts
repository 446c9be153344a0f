/** What an exact 千人口献血率 comparison needs: the numerator and the denominator, never the rounded rate. */
export interface RateParts {
  readonly donors: number;
  readonly population: number | null;
  /** The computed rate; null (no record of the period) means unranked even with a population. */
  readonly ratePerThousand?: number | null;
}

/**
 * Orders two units by their exact 千人口献血率 (donors ÷ population), highest first, by cross-multiplying in BigInt:
 * ranking on the rounded 2-decimal rate would tie units whose rates differ (provincial bulletins rank on the
 * indicator itself and print the rule in the 说明). Units without a population sort last; equal exact rates by
 * more donations; otherwise 0 so a stable sort keeps the profile order. Units without a rate sort last.
 */
export function compareExactRates(a: RateParts, b: RateParts): number {
  const known = (p: RateParts): boolean => p.population !== null && p.population > 0 && p.ratePerThousand !== null;
  if (!known(a) || !known(b)) return Number(!known(a)) - Number(!known(b));
  const left = BigInt(b.donors) * BigInt(a.population!);
  const right = BigInt(a.donors) * BigInt(b.population!);
  if (left !== right) return left > right ? 1 : -1;
  return b.donors - a.donors;
}
