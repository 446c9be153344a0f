/** A population figure and the year-end it belongs to. */
export interface PopulationChoice {
  readonly year: number;
  readonly population: number;
}

/**
 * The 常住人口 to divide a year's donations by: the latest year-end ≤ year − 1 (the last published figure when the
 * quarter is reported), else the earliest later year (issue 2 rule). Null when the county has no figures.
 */
export function choosePopulation(byYear: Readonly<Record<string, number>>, year: number): PopulationChoice | null {
  const years = Object.keys(byYear).map(Number).filter(Number.isInteger).sort((a, b) => a - b);
  const earlier = years.filter((y) => y <= year - 1);
  const chosen = earlier.length > 0 ? earlier[earlier.length - 1] : years.find((y) => y > year - 1);
  return chosen === undefined ? null : { year: chosen, population: byYear[String(chosen)] };
}
