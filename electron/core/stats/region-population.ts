import { choosePopulation, type PopulationChoice } from './choose-population.ts';
import type { County } from '../model.ts';

/** The region's denominator for one year, and how each county's figure was chosen. */
export interface RegionPopulation {
  /** Sum of the counties' populations; null unless every county has one (a partial sum would inflate the rate). */
  readonly population: number | null;
  /** The year-end used, when every county used the same one; null when years differ or a county has none. */
  readonly year: number | null;
  /** Every distinct year-end used, ascending (one entry when uniform). */
  readonly years: readonly number[];
  /** Per county, in profile order. */
  readonly byCounty: ReadonlyMap<string, PopulationChoice | null>;
}

/**
 * City population = sum of the counties' populations for the year (DHIS2: population aggregates across units,
 * never across months). Each county picks its own year (choosePopulation); the city states one year only when
 * all agree, otherwise the years used are listed.
 */
export function regionPopulation(counties: readonly County[], year: number): RegionPopulation {
  const byCounty = new Map(counties.map((c) => [c.name, choosePopulation(c.population, year)] as const));
  const choices = [...byCounty.values()];
  const complete = choices.every((c) => c !== null) && choices.length > 0;
  const years = [...new Set(choices.flatMap((c) => (c ? [c.year] : [])))].sort((a, b) => a - b);
  const population = complete ? choices.reduce((sum, c) => sum + (c?.population ?? 0), 0) : null;
  return { population, year: complete && years.length === 1 ? years[0] : null, years, byCounty };
}
