import { annualisedRate } from './annualised-rate.ts';
import { completenessMatrix } from './completeness-matrix.ts';
import { missingReports } from './missing-reports.ts';
import { monthFigures } from './month-figures.ts';
import { quarterFrame } from './quarter-frame.ts';
import { regionCounties } from './region-counties.ts';
import { regionPopulation, type RegionPopulation } from './region-population.ts';
import { recordsIn } from './sum-collections.ts';
import { sumSupplies } from './sum-supplies.ts';
import { summariseCounty, type QuarterFrame } from './summarise-county.ts';
import { summariseHospitals } from './summarise-hospitals.ts';
import { regionTarget, targetProgress, timeProgress } from './target-progress.ts';
import { toTotals, toTotalsOrNull } from './to-totals.ts';
import { usedSources } from './used-sources.ts';
import { previousQuarter } from '../period/quarter.ts';
import type { CollectionRecord, County, Profile, QuarterId, SourceFile, SupplyRecord } from '../model.ts';
import type { QuarterStatistics } from './quarter-statistics.ts';

/** What a quarter's summary is computed from; records of other months may be included and are selected here. */
export interface SummariseInput {
  readonly profile: Profile;
  readonly quarter: QuarterId;
  readonly collections: readonly CollectionRecord[];
  readonly supplies: readonly SupplyRecord[];
  readonly sources: readonly SourceFile[];
}

/** Region denominators of the quarter and of its two comparison periods, each for its own year. */
function periodPopulations(counties: readonly County[], frame: QuarterFrame): { current: RegionPopulation; lastYear: RegionPopulation; previous: RegionPopulation } {
  const year = frame.quarter.year;
  return {
    current: regionPopulation(counties, year),
    lastYear: regionPopulation(counties, year - 1),
    previous: regionPopulation(counties, previousQuarter(frame.quarter).year),
  };
}

/** Distinct population sources named in the profile, in profile order. */
function populationSources(counties: readonly County[]): string[] {
  return [...new Set(counties.flatMap((c) => (c.populationSource ? [c.populationSource] : [])))];
}

/** Computes the quarter's figures for the city, each county and each hospital (issue 2 "Figures"). */
export function summariseQuarter(input: SummariseInput): QuarterStatistics {
  const { profile, collections, supplies } = input;
  const frame = quarterFrame(input.quarter);
  const counties = regionCounties(profile, collections);
  const names = counties.map((c) => c.name);
  const pops = periodPopulations(counties, frame);
  const targets = profile.targets[String(frame.quarter.year)];
  const countyStats = names.map((name) => summariseCounty(name, collections, frame, {
    current: pops.current.byCounty.get(name) ?? null,
    lastYear: pops.lastYear.byCounty.get(name) ?? null,
    previous: pops.previous.byCounty.get(name) ?? null,
  }, targets?.[name]));
  const yearToDate = toTotals(recordsIn(collections, frame.yearToDateMonths), pops.current.population);
  const current = recordsIn(collections, frame.months);
  const totals = toTotals(current, pops.current.population);
  const lastYearSupplies = supplies.filter((r) => frame.lastYearMonths.includes(r.month));
  const used = [...recordsIn(collections, [...frame.yearToDateMonths, ...frame.lastYearMonths, ...frame.previousMonths]),
    ...supplies.filter((r) => frame.months.includes(r.month) || frame.lastYearMonths.includes(r.month))];
  const profileNames = profile.counties.map((c) => c.name);
  return {
    quarter: input.quarter.trim().toUpperCase(),
    station: profile.station,
    region: profile.region,
    months: frame.months,
    population: pops.current.population,
    populationYear: pops.current.year,
    totals,
    sameQuarterLastYear: toTotalsOrNull(recordsIn(collections, frame.lastYearMonths), pops.lastYear.population),
    previousQuarter: toTotalsOrNull(recordsIn(collections, frame.previousMonths), pops.previous.population),
    counties: countyStats,
    hospitals: summariseHospitals(profile, supplies, frame.months, frame.lastYearMonths),
    supplyTotals: sumSupplies(supplies.filter((r) => frame.months.includes(r.month))),
    missing: missingReports(profileNames, frame.months, collections),
    sources: usedSources(input.sources, used),
    populationYears: pops.current.years,
    populationSources: populationSources(counties),
    cityMonths: monthFigures(current, frame.months),
    lastYearMonths: monthFigures(collections, frame.lastYearMonths),
    yearToDate,
    annualisedRate: annualisedRate(totals.donors, pops.current.population, frame.months),
    target: targetProgress(regionTarget(targets, profile.region, profileNames), yearToDate.donors, frame.quarter),
    timeProgress: timeProgress(frame.quarter),
    supplyTotalsLastYear: lastYearSupplies.length ? sumSupplies(lastYearSupplies) : null,
    supplyMonths: frame.months.filter((m) => supplies.some((r) => r.month === m)),
    missingLastYear: missingReports(profileNames, frame.lastYearMonths, collections),
    missingPreviousQuarter: missingReports(profileNames, frame.previousMonths, collections),
    completeness: completenessMatrix(profileNames, frame.yearToDateMonths, collections),
  };
}
