import type { QuarterSummary } from '../model.ts';
import { compareExactRates } from '../stats/compare-exact-rates.ts';
import type { ChartSpec } from './chart-spec.ts';
import { CHART_COLOURS, FIGURE_WIDTH_MM } from './chart-style.ts';
import { barChartHeightMm } from './bar-chart-height.ts';
import { categoryAxis, valueAxis } from './value-axis.ts';
import { formatPermille } from './format-chart-number.ts';
import { barEndLabelsPlugin } from './bar-end-labels-plugin.ts';
import { referenceLinePlugin } from './reference-line-plugin.ts';
import { summaryQuarterLabel } from './summary-quarter-label.ts';

/**
 * Counties with a known rate in 表1's order: the exact rate highest first, equal exact rates by more donations, then
 * profile order (compareExactRates), so a tie of printed rates is ordered the same in the table and the figure.
 */
export function countiesByRate(summary: QuarterSummary): { name: string; rate: number }[] {
  return [...summary.counties].sort(compareExactRates)
    .flatMap((c) => (c.ratePerThousand === null ? [] : [{ name: c.name, rate: c.ratePerThousand }]));
}

/**
 * Horizontal bars of each county's quarterly 千人口献血率 (‰), sorted, with the city rate as a dashed
 * reference line. Counties without a population have no rate and are left out (the table says why).
 */
export function countyRateChart(summary: QuarterSummary): ChartSpec {
  const rows = countiesByRate(summary);
  const city = summary.totals.ratePerThousand;
  return {
    key: 'county-rate',
    caption: `${summaryQuarterLabel(summary)}各区县千人口献血率`,
    widthMm: FIGURE_WIDTH_MM,
    heightMm: barChartHeightMm(rows.length),
    config: {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.name),
        datasets: [{ label: '千人口献血率', data: rows.map((r) => r.rate), backgroundColor: CHART_COLOURS.navy, barPercentage: 0.7 }],
      },
      options: {
        indexAxis: 'y',
        layout: { padding: { top: 14, right: 8 } },
        plugins: { legend: { display: false } },
        scales: { x: valueAxis('千人口献血率（‰）'), y: categoryAxis() },
      },
      plugins: [
        barEndLabelsPlugin([rows.map((r) => formatPermille(r.rate))]),
        ...(city === null ? [] : [referenceLinePlugin({ value: city, label: `全市 ${formatPermille(city)}` })]),
      ],
    },
  };
}
