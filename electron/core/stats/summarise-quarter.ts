import { annualisedRate } from './annualised-rate.ts';
import { chartAxisTicks } from './axis-ticks.ts';
import { donationIndicators } from './donation-indicators.ts';
import { change, comparison } from './change.ts';
import { divideHalfUp } from './decimal.ts';
import { completenessMatrix, type ArrivalTime } from './completeness-matrix.ts';
import { findOutliers } from './find-outliers.ts';
import { populationChanges } from './population-changes.ts';
import { DEFAULT_CHECKS } from '../settings/check-settings.ts';
import { missingReports } from './missing-reports.ts';
import { monthFigures, recordsIn } from './sum-collections.ts';
import { quarterFrame } from './quarter-frame.ts';
import { regionPopulation, type RegionPopulation } from './region-population.ts';
import { summariseHospitals, sumSupplies } from './summarise-hospitals.ts';
import { summariseCounty, type QuarterFrame } from './summarise-county.ts';
import { regionTarget, targetProgress, timeProgress } from './target-progress.ts';
import { toTotals, toTotalsOrNull } from './to-totals.ts';
import { sourceUses, usedSources } from './used-sources.ts';
import { previousQuarter } from '../period/quarter.ts';
import type { CheckSettings, CollectionRecord, County, Profile, QuarterId, RecordWarning, SourceFile, SupplyRecord } from '../model.ts';
import type { QuarterStatistics } from './quarter-statistics.ts';

/** What a quarter's summary is computed from; records of other months may be included and are selected here. */
export interface SummariseInput {
  readonly profile: Profile;
  readonly quarter: QuarterId;
  readonly collections: readonly CollectionRecord[];
  readonly supplies: readonly SupplyRecord[];
  readonly sources: readonly SourceFile[];
  /** The rules' warnings kept with the records in force (store.warnings); absent when not known. */
  readonly warnings?: readonly RecordWarning[];
  /** When each county-month's current figures arrived (store.arrivals); absent when not known (no timeliness then). */
  readonly arrivals?: readonly ArrivalTime[];
  /** The checks' thresholds; absent uses the profile's, else DEFAULT_CHECKS. */
  readonly checks?: CheckSettings;
}

/** Region denominators of the quarter and of its two comparison periods, each for its own year. */
interface PeriodPopulations {
  readonly current: RegionPopulation;
  readonly lastYear: RegionPopulation;
  readonly previous: RegionPopulation;
}

/** Everything the parts of the summary share. */
interface Setting {
  readonly input: SummariseInput;
  readonly frame: QuarterFrame;
  readonly counties: readonly County[];
  readonly pops: PeriodPopulations;
  readonly targets: Readonly<Record<string, number>> | undefined;
  readonly checks: CheckSettings;
}

/** Resolves the quarter, the counties to report and their denominators. */
function setting(input: SummariseInput): Setting {
  const frame = quarterFrame(input.quarter);
  const counties = regionCounties(input.profile, input.collections);
  const year = frame.quarter.year;
  const pops = {
    current: regionPopulation(counties, year),
    lastYear: regionPopulation(counties, year - 1),
    previous: regionPopulation(counties, previousQuarter(frame.quarter).year),
  };
  return { input, frame, counties, pops, targets: input.profile.targets[String(year)], checks: input.checks ?? input.profile.checks ?? DEFAULT_CHECKS };
}

/** Every county's quarter, profile order first. */
function countyPart(s: Setting): Pick<QuarterStatistics, 'counties'> {
  const counties = s.counties.map(({ name }) => summariseCounty(name, s.input.collections, s.frame, {
    current: s.pops.current.byCounty.get(name) ?? null,
    lastYear: s.pops.lastYear.byCounty.get(name) ?? null,
    previous: s.pops.previous.byCounty.get(name) ?? null,
  }, s.targets?.[name]));
  return { counties };
}

/** The city-level fields of the summary. */
type CityPart = Pick<QuarterStatistics, 'population' | 'populationYear' | 'populationYears' | 'populationSources' | 'totals' | 'sameQuarterLastYear'
  | 'previousQuarter' | 'donorsChange' | 'cityMonths' | 'lastYearMonths' | 'yearToDate' | 'yearToDateLastYear' | 'annualisedRate' | 'target' | 'timeProgress'>;

/** The city: totals, denominator, comparisons, months, year to date, annualised rate, target. */
function cityPart(s: Setting): CityPart {
  const { input, frame, pops } = s;
  const current = recordsIn(input.collections, frame.months);
  const totals = toTotals(current, pops.current.population);
  const yearToDate = toTotals(recordsIn(input.collections, frame.yearToDateMonths), pops.current.population);
  const sameQuarterLastYear = toTotalsOrNull(recordsIn(input.collections, frame.lastYearMonths), pops.lastYear.population);
  const previousQuarter = toTotalsOrNull(recordsIn(input.collections, frame.previousMonths), pops.previous.population);
  return {
    population: pops.current.population,
    populationYear: pops.current.year,
    populationYears: pops.current.years,
    populationSources: [...new Set(s.counties.flatMap((c) => (c.populationSource ? [c.populationSource] : [])))],
    totals,
    sameQuarterLastYear,
    previousQuarter,
    donorsChange: comparison(totals.donors, sameQuarterLastYear?.donors, previousQuarter?.donors),
    cityMonths: monthFigures(current, frame.months),
    lastYearMonths: monthFigures(input.collections, frame.lastYearMonths),
    yearToDate,
    yearToDateLastYear: everyMonthStored(input.collections, frame.lastYearToDateMonths)
      ? toTotals(recordsIn(input.collections, frame.lastYearToDateMonths), pops.lastYear.population) : null,
    annualisedRate: annualisedRate(totals.donors, pops.current.population, frame.months),
    target: targetProgress(regionTarget(s.targets, input.profile.region, input.profile.counties.map((c) => c.name)), yearToDate.donors, frame.quarter),
    timeProgress: timeProgress(frame.quarter),
  };
}

/** Whether some record exists for every month: a year-to-date comparison missing whole months would mislead. */
function everyMonthStored(records: readonly CollectionRecord[], months: readonly string[]): boolean {
  return months.every((m) => records.some((r) => r.month === m));
}

/** Hospitals and supply totals of the quarter and of the same quarter last year. */
function supplyPart(s: Setting): Pick<QuarterStatistics, 'hospitals' | 'supplyTotals' | 'supplyTotalsLastYear' | 'supplyRedCellsChange' | 'supplyMonths' | 'redCellsPercentOfWholeBlood'> {
  const { input: { profile, supplies, collections }, frame } = s;
  const lastYear = supplies.filter((r) => frame.lastYearMonths.includes(r.month));
  const current = supplies.filter((r) => frame.months.includes(r.month));
  const supplyTotals = sumSupplies(current);
  const supplyTotalsLastYear = lastYear.length ? sumSupplies(lastYear) : null;
  const collected = toTotals(recordsIn(collections, frame.months), null).wholeBloodUnits;
  return {
    hospitals: summariseHospitals(profile, supplies, frame.months, frame.lastYearMonths),
    supplyTotals,
    supplyTotalsLastYear,
    supplyRedCellsChange: supplyTotalsLastYear ? change(supplyTotals.redCellsU, supplyTotalsLastYear.redCellsU) : null,
    supplyMonths: frame.months.filter((m) => supplies.some((r) => r.month === m)),
    redCellsPercentOfWholeBlood: current.length === 0 || collected <= 0 ? null : percentOf(supplyTotals.redCellsU, collected),
  };
}

/** part ÷ whole in %, 1 decimal, half-up on the exact decimals (divideHalfUp reads U such as 1.5 as decimals). */
function percentOf(part: number, whole: number): number {
  return divideHalfUp(part * 100, whole, 1);
}

/** Reporting completeness (profile counties only) and the source files behind every figure used. */
function reportingPart(s: Setting): Pick<QuarterStatistics, 'missing' | 'missingLastYear' | 'missingPreviousQuarter' | 'completeness' | 'sources' | 'sourceUses'> {
  const { input: { profile, collections, supplies, sources }, frame } = s;
  const names = profile.counties.map((c) => c.name);
  const used = [...recordsIn(collections, [...frame.yearToDateMonths, ...frame.lastYearMonths, ...frame.previousMonths]),
    ...supplies.filter((r) => frame.months.includes(r.month) || frame.lastYearMonths.includes(r.month))];
  return {
    missing: missingReports(names, frame.months, collections),
    missingLastYear: missingReports(names, frame.lastYearMonths, collections),
    missingPreviousQuarter: missingReports(names, frame.previousMonths, collections),
    completeness: completenessMatrix(s.counties.map((c) => c.name), frame.yearToDateMonths, collections, s.input.arrivals ?? [], s.checks.dueDay),
    sources: usedSources(sources, used),
    sourceUses: sourceUses(sources, used),
  };
}

/** The charts' value axes, over every value they draw: county and city rates; this year's and last year's months. */
function axisPart(city: CityPart, counties: Pick<QuarterStatistics, 'counties'>): Pick<QuarterStatistics, 'axisTicks'> {
  const rates = [city.totals.ratePerThousand, ...counties.counties.map((c) => c.ratePerThousand)];
  const months = [...Object.values(city.cityMonths), ...Object.values(city.lastYearMonths)].map((m) => m.donors);
  return { axisTicks: chartAxisTicks(rates, months) };
}

/**
 * The data checks of the quarter (issue 11), flagged and never applied to the figures: the rules' stored warnings on
 * its county- and hospital-months (counties in report order), outliers against last year and the trailing mean,
 * and population changes in the year-ends the rates use.
 */
function checksPart(s: Setting): Pick<QuarterStatistics, 'checks' | 'warnings' | 'outliers' | 'populationChanges'> {
  const { input, frame, pops, checks } = s;
  const order = new Map(s.counties.map((c, i) => [c.name, i]));
  const rank = (w: RecordWarning) => (w.kind === 'collection' ? order.get(w.subject) ?? order.size : order.size + 1);
  const warnings = (input.warnings ?? []).filter((w) => frame.months.includes(w.month))
    .map((w, i) => ({ w, i })).sort((a, b) => rank(a.w) - rank(b.w) || a.i - b.i).map(({ w }) => w);
  const outliers = findOutliers(input.collections, frame.months, checks).sort((a, b) => (order.get(a.county) ?? order.size) - (order.get(b.county) ?? order.size));
  const years = [pops.current, pops.lastYear, pops.previous].flatMap((p) => [...p.byCounty.values()].flatMap((c) => (c ? [c.year] : [])));
  return { checks, warnings, outliers, populationChanges: populationChanges(s.counties, years, checks.populationChangePercent) };
}

/** Computes the quarter's figures for the city, each county and each hospital (issue 2 "Figures"). */
export function summariseQuarter(input: SummariseInput): QuarterStatistics {
  const s = setting(input);
  const city = cityPart(s);
  const counties = countyPart(s);
  return {
    quarter: input.quarter.trim().toUpperCase(),
    station: input.profile.station,
    region: input.profile.region,
    months: s.frame.months,
    ...city,
    ...counties,
    ...supplyPart(s),
    ...reportingPart(s),
    ...axisPart(city, counties),
    ...checksPart(s),
    donationIndicators: donationIndicators(input.collections, s.counties.map((c) => c.name), s.frame.months),
  };
}

/**
 * The counties to report: the profile's, in profile order, then any county found only in records (code-point order),
 * with no population, so the city rate is withheld rather than computed on a denominator that misses them.
 */
export function regionCounties(profile: Profile, collections: readonly Pick<CollectionRecord, 'county'>[]): County[] {
  const known = new Set(profile.counties.map((c) => c.name));
  const others = [...new Set(collections.map((r) => r.county))].filter((c) => !known.has(c)).sort();
  return [...profile.counties, ...others.map((name) => ({ name, aliases: [], population: {} }))];
}
