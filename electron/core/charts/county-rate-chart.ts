import type { QuarterSummary } from '../model.ts';
import type { QuarterStatistics } from '../stats/quarter-statistics.ts';
import { compareExactRates } from '../stats/compare-exact-rates.ts';
import { formatPermille } from '../format/format-numbers.ts';
import type { BarChartSpec } from './chart-spec.ts';
import { CHART_INKS, FIGURE_WIDTH_MM } from './chart-style.ts';
import { barChartHeightMm } from './bar-chart-height.ts';
import { summaryQuarterLabel } from './summary-quarter-label.ts';

/** What 图1 is drawn from. */
export type CountyRateFigures = Pick<QuarterSummary, 'quarter' | 'counties' | 'totals'> & Pick<QuarterStatistics, 'axisTicks'>;

/**
 * Counties with a known rate in 表1's order: the exact rate highest first, equal exact rates by more donations, then
 * profile order (compareExactRates), so a tie of printed rates is ordered the same in the table and the figure.
 */
export function countiesByRate(summary: Pick<QuarterSummary, 'counties'>): { name: string; rate: number }[] {
  return [...summary.counties].sort(compareExactRates)
    .flatMap((c) => (c.ratePerThousand === null ? [] : [{ name: c.name, rate: c.ratePerThousand }]));
}

/**
 * Horizontal bars of each county's quarterly 千人口献血率 (‰), sorted, each labelled with its rate as 表1 prints it,
 * with the city rate as a dashed reference line. Counties without a population have no rate and are left out (the
 * table says why).
 */
export function countyRateChart(summary: CountyRateFigures): BarChartSpec {
  const rows = countiesByRate(summary);
  const city = summary.totals.ratePerThousand;
  return {
    kind: 'bars',
    key: 'county-rate',
    caption: `${summaryQuarterLabel(summary)}各区县千人口献血率`,
    widthMm: FIGURE_WIDTH_MM,
    heightMm: barChartHeightMm(rows.length),
    direction: 'horizontal',
    categories: rows.map((r) => r.name),
    series: [{ name: '千人口献血率', values: rows.map((r) => r.rate), labels: rows.map((r) => formatPermille(r.rate)), color: CHART_INKS.series }],
    ticks: summary.axisTicks.countyRate,
    valueTitle: '千人口献血率（‰）',
    reference: city === null ? null : { value: city, label: `全市 ${formatPermille(city)}` },
  };
}
