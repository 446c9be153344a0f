import { comparison } from './change.ts';
import { monthFigures, recordsIn } from './sum-collections.ts';
import { targetProgress } from './target-progress.ts';
import { toTotals, toTotalsOrNull } from './to-totals.ts';
import type { CollectionRecord, Month } from '../model.ts';
import type { PopulationChoice } from './choose-population.ts';
import type { Quarter } from '../period/quarter.ts';
import type { CountyStatistics } from './quarter-statistics.ts';

/** The months and denominators one quarter's comparisons need. */
export interface QuarterFrame {
  readonly quarter: Quarter;
  readonly months: readonly Month[];
  readonly lastYearMonths: readonly Month[];
  readonly previousMonths: readonly Month[];
  readonly yearToDateMonths: readonly Month[];
  /** January to the same month last year (1—N月 of the year before), for the year-to-date comparison. */
  readonly lastYearToDateMonths: readonly Month[];
}

/** The denominators of one county: each period divides by the population of its own year (choosePopulation). */
export interface CountyPopulations {
  readonly current: PopulationChoice | null;
  readonly lastYear: PopulationChoice | null;
  readonly previous: PopulationChoice | null;
}

/** One county's quarter: totals, months, comparisons (null when none of their months is stored), target. */
export function summariseCounty(name: string, records: readonly CollectionRecord[], frame: QuarterFrame, pop: CountyPopulations, annualTarget: number | undefined): CountyStatistics {
  const own = records.filter((r) => r.county === name);
  const population = pop.current?.population ?? null;
  const yearToDate = toTotals(recordsIn(own, frame.yearToDateMonths), population);
  const totals = toTotals(recordsIn(own, frame.months), population);
  const sameQuarterLastYear = toTotalsOrNull(recordsIn(own, frame.lastYearMonths), pop.lastYear?.population ?? null);
  const previousQuarter = toTotalsOrNull(recordsIn(own, frame.previousMonths), pop.previous?.population ?? null);
  return {
    name,
    population,
    ...totals,
    months: monthFigures(own, frame.months),
    sameQuarterLastYear,
    previousQuarter,
    donorsChange: comparison(totals.donors, sameQuarterLastYear?.donors, previousQuarter?.donors),
    target: targetProgress(annualTarget, yearToDate.donors, frame.quarter),
    populationYear: pop.current?.year ?? null,
    yearToDate,
  };
}
