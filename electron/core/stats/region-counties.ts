import type { CollectionRecord, County, Profile } from '../model.ts';

/**
 * The counties to report: the profile's, in profile order, then any county found only in records (code-point order),
 * with no population, so the city rate is withheld rather than computed on a denominator that misses them.
 */
export function regionCounties(profile: Profile, collections: readonly Pick<CollectionRecord, 'county'>[]): County[] {
  const known = new Set(profile.counties.map((c) => c.name));
  const others = [...new Set(collections.map((r) => r.county))].filter((c) => !known.has(c)).sort();
  return [...profile.counties, ...others.map((name) => ({ name, aliases: [], population: {} }))];
}
