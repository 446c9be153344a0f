import type { County } from '../model.ts';
import { divideHalfUp } from './decimal.ts';

/** A county whose 常住人口 changed by more than the threshold from one year-end to the next: a warning, the figure is used as given. */
export interface PopulationChange {
  readonly county: string;
  readonly fromYear: number;
  readonly from: number;
  readonly toYear: number;
  readonly to: number;
  /** to against from, % (1 decimal, half-up, signed). */
  readonly percent: number;
}

/**
 * For each year-end a rate uses (`years`), the county's change from the year before when both are in the population
 * table: resident population moves by a few per cent a year at most, so more than `thresholdPercent` is a typing
 * slip, 万人 read as 人, or a census revision worth a note. Counties in profile order, years ascending.
 */
export function populationChanges(counties: readonly County[], years: readonly number[], thresholdPercent: number): PopulationChange[] {
  const wanted = [...new Set(years)].sort((a, b) => a - b);
  return counties.flatMap((c) => wanted.flatMap((toYear) => {
    const from = c.population[String(toYear - 1)];
    const to = c.population[String(toYear)];
    if (from === undefined || to === undefined || from <= 0) return [];
    const percent = divideHalfUp((to - from) * 100, from, 1);
    return Math.abs(percent) > thresholdPercent ? [{ county: c.name, fromYear: toYear - 1, from, toYear, to, percent }] : [];
  }));
}
