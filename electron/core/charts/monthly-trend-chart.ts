import type { QuarterSummary } from '../model.ts';
import type { ChartSpec } from './chart-spec.ts';
import type { MonthlyHistory } from './monthly-donations.ts';
import { monthlyDonations } from './monthly-donations.ts';
import { CHART_COLOURS, FIGURE_WIDTH_MM } from './chart-style.ts';
import { categoryAxis, valueAxis } from './value-axis.ts';
import { formatChartNumber } from './format-chart-number.ts';
import { barEndLabelsPlugin } from './bar-end-labels-plugin.ts';
import { summaryQuarterLabel } from './summary-quarter-label.ts';

const labelOf = (v: number | null): string | null => (v === null ? null : formatChartNumber(v));

/** "2025-03" → "3月". */
function monthName(month: string): string {
  return `${Number(month.slice(5))}月`;
}

/**
 * Grouped vertical bars of city 献血人次 per month of the quarter: last year (grey) beside this year
 * (dark red), counts written on the bars. Without any last-year figure only this year is drawn.
 */
export function monthlyTrendChart(summary: QuarterSummary, history?: MonthlyHistory): ChartSpec {
  const rows = monthlyDonations(summary, history);
  const year = Number(summary.quarter.slice(0, 4));
  const hasLastYear = rows.some((r) => r.lastYear !== null);
  const thisYear = { label: `${year}年`, data: rows.map((r) => r.thisYear), backgroundColor: CHART_COLOURS.darkRed };
  const lastYear = { label: `${year - 1}年`, data: rows.map((r) => r.lastYear), backgroundColor: CHART_COLOURS.grey };
  const datasets = hasLastYear ? [lastYear, thisYear] : [thisYear];
  return {
    key: 'monthly-donations',
    caption: `${summaryQuarterLabel(summary)}各月献血人次${hasLastYear ? '与上年同期对比' : ''}`,
    widthMm: FIGURE_WIDTH_MM,
    heightMm: 75,
    config: {
      type: 'bar',
      data: { labels: rows.map((r) => monthName(r.month)), datasets: datasets.map((d) => ({ ...d, barPercentage: 0.8, categoryPercentage: 0.6 })) },
      options: {
        plugins: { legend: { display: hasLastYear, position: 'top', labels: { boxWidth: 10, boxHeight: 10 } } },
        scales: { x: categoryAxis(), y: valueAxis('献血人次（人次）') },
      },
      plugins: [barEndLabelsPlugin(datasets.map((d) => d.data.map(labelOf)))],
    },
  };
}
