import type { Month } from '../model.ts';
import type { QuarterStatistics } from '../stats/quarter-statistics.ts';
import { formatCount } from '../format/format-numbers.ts';
import type { BarChartSpec, BarSeries } from './chart-spec.ts';
import { CHART_INKS, FIGURE_WIDTH_MM } from './chart-style.ts';
import { monthLastYear } from './month-last-year.ts';
import { summaryQuarterLabel } from './summary-quarter-label.ts';

/** What 图2 is drawn from: the city's months of the quarter and the same months last year, as stats/ summed them. */
export type MonthlyFigures = Pick<QuarterStatistics, 'quarter' | 'months' | 'cityMonths' | 'lastYearMonths' | 'axisTicks'>;

/** "2025-03" → "3月". */
function monthName(month: Month): string {
  return `${Number(month.slice(5))}月`;
}

function series(name: string, values: readonly (number | null)[], color: BarSeries['color']): BarSeries {
  return { name, values, labels: values.map((v) => (v === null ? null : formatCount(v))), color };
}

/**
 * Grouped vertical bars of city 献血人次 per month of the quarter: last year (light grey) beside this year (dark red),
 * counts written on the bars. A month without any record has no bar (not a zero); without any last-year month only
 * this year is drawn.
 */
export function monthlyTrendChart(summary: MonthlyFigures): BarChartSpec {
  const year = Number(summary.quarter.slice(0, 4));
  const thisYear = summary.months.map((m) => summary.cityMonths[m]?.donors ?? null);
  const lastYear = summary.months.map((m) => summary.lastYearMonths[monthLastYear(m)]?.donors ?? null);
  const hasLastYear = lastYear.some((v) => v !== null);
  const current = series(`${year}年`, thisYear, CHART_INKS.focus);
  return {
    kind: 'bars',
    key: 'monthly-donations',
    caption: `${summaryQuarterLabel(summary)}各月献血人次${hasLastYear ? '与上年同期对比' : ''}`,
    widthMm: FIGURE_WIDTH_MM,
    heightMm: 75,
    direction: 'vertical',
    categories: summary.months.map(monthName),
    series: hasLastYear ? [series(`${year - 1}年`, lastYear, CHART_INKS.context), current] : [current],
    ticks: summary.axisTicks.monthlyDonors,
    valueTitle: '献血人次（人次）',
    reference: null,
  };
}
