import type { CollectionFigures, CountySummary, HospitalSummary, QuarterSummary, Totals } from '../../../electron/core/model.ts';
import type { ChartFigures } from '../../../electron/core/charts/briefing-charts.ts';
import { chartAxisTicks } from '../../../electron/core/stats/axis-ticks.ts';

type MonthFigures = CollectionFigures & { donors: number };

/** Whole-blood donors per month (Jan, Feb, Mar) and platelet donors per quarter month, per county. */
const COUNTIES: readonly [string, number, readonly [number, number, number], readonly [number, number, number]][] = [
  ['临渭区', 918000, [1420, 980, 1510], [60, 41, 66]],
  ['华州区', 266000, [210, 150, 230], [0, 0, 0]],
  ['潼关县', 124000, [88, 61, 95], [0, 0, 0]],
  ['大荔县', 589000, [402, 287, 433], [8, 6, 9]],
  ['合阳县', 357000, [233, 160, 241], [0, 0, 0]],
  ['澄城县', 301000, [205, 140, 219], [0, 0, 0]],
  ['蒲城县', 657000, [455, 318, 490], [12, 9, 13]],
  ['白水县', 221000, [151, 102, 160], [0, 0, 0]],
  ['富平县', 637000, [430, 300, 462], [10, 7, 11]],
  ['韩城市', 381000, [330, 226, 352], [15, 11, 16]],
  ['华阴市', 204000, [120, 84, 131], [0, 0, 0]],
];

const MONTHS = ['2025-01', '2025-02', '2025-03'];

/** 千人口献血率 rounded half-up to 2 decimals, like the summary. */
export function rate(donors: number, population: number): number {
  return Math.round((donors / population) * 1000 * 100 + 1e-9) / 100;
}

function monthFigures(whole: number, platelet: number): MonthFigures {
  return { wholeBloodDonors: whole, wholeBloodUnits: whole * 1.8, plateletDonors: platelet, plateletDoses: platelet * 1.5, donors: whole + platelet };
}

function totalsOf(figures: readonly MonthFigures[], population: number | null): Totals {
  const sum = (k: keyof MonthFigures) => figures.reduce((a, f) => a + f[k], 0);
  const donors = sum('donors');
  return {
    wholeBloodDonors: sum('wholeBloodDonors'), wholeBloodUnits: sum('wholeBloodUnits'), plateletDonors: sum('plateletDonors'),
    plateletDoses: sum('plateletDoses'), donors, ratePerThousand: population === null ? null : rate(donors, population),
  };
}

const NO_COMPARISON = { yearOnYear: null, quarterOnQuarter: null };

function county([name, population, whole, platelet]: (typeof COUNTIES)[number]): CountySummary {
  const months = Object.fromEntries(MONTHS.map((m, i) => [m, monthFigures(whole[i], platelet[i])]));
  return { name, population, months, ...totalsOf(Object.values(months), population), sameQuarterLastYear: null, previousQuarter: null, donorsChange: NO_COMPARISON, target: null };
}

function hospital(name: string, redCellsU: number, plasmaMl: number, plateletDoses: number, cryoU: number): HospitalSummary {
  return { name, redCellsU, plasmaMl, plateletDoses, cryoU, sameQuarterLastYear: null, redCellsChange: null, redCellsShare: null };
}

/** City 献血人次 of a month: the counties' sum, as stats/ computes QuarterStatistics.cityMonths. */
function cityMonth(counties: readonly CountySummary[], month: string): MonthFigures {
  const figures = counties.map((c) => c.months[month]!);
  const sum = (k: keyof MonthFigures) => figures.reduce((a, f) => a + f[k], 0);
  return { wholeBloodDonors: sum('wholeBloodDonors'), wholeBloodUnits: sum('wholeBloodUnits'), plateletDonors: sum('plateletDonors'), plateletDoses: sum('plateletDoses'), donors: sum('donors') };
}

/** The summary with what the charts draw beyond it: city months and the axes' ticks, as stats/ computes them. */
export function fixtureFigures(summary: QuarterSummary = fixtureSummary()): ChartFigures {
  const cityMonths = Object.fromEntries(summary.months.flatMap((m) => (summary.counties.some((c) => c.months[m]) ? [[m, cityMonth(summary.counties.filter((c) => c.months[m]), m)]] : [])));
  const lastYearMonths = summary.lastYearMonths ?? {};
  const rates = [summary.totals.ratePerThousand, ...summary.counties.map((c) => c.ratePerThousand)];
  const months = [...Object.values(cityMonths), ...Object.values(lastYearMonths)].map((m) => m.donors);
  return { ...summary, cityMonths, lastYearMonths, axisTicks: chartAxisTicks(rates, months) };
}

/** A realistic 2025Q1 summary for a Weinan-like city (11 counties, 4 hospitals). */
export function fixtureSummary(): QuarterSummary {
  const counties = COUNTIES.map(county);
  const population = counties.reduce((a, c) => a + (c.population ?? 0), 0);
  const cityMonths = counties.flatMap((c) => Object.values(c.months));
  const hospitals = [
    hospital('渭南市第二医院', 1630, 98000, 45, 210),
    hospital('渭南市中心医院', 3820.5, 215000, 160, 640),
    hospital('蒲城县医院', 690, 40500, 0, 80),
    hospital('韩城市人民医院', 910, 52000, 22, 120),
  ];
  return {
    quarter: '2025Q1', station: '渭南市中心血站', region: '渭南市', months: MONTHS, population, populationYear: 2024,
    totals: totalsOf(cityMonths, population), sameQuarterLastYear: null, previousQuarter: null, donorsChange: NO_COMPARISON, counties, hospitals,
    supplyTotals: { redCellsU: 7050.5, plasmaMl: 405500, plateletDoses: 227, cryoU: 1050 },
    missing: [], sources: [],
    lastYearMonths: {
      '2024-01': monthFigures(4210, 95), '2024-02': monthFigures(2480, 70), '2024-03': monthFigures(4150, 110),
    },
  };
}
