import type { DocFigure } from '../doc-model.ts';
import type { QuarterStatistics } from '../stats/quarter-statistics.ts';
import type { ChartSpec } from './chart-spec.ts';
import { countyRateChart, type CountyRateFigures } from './county-rate-chart.ts';
import { monthlyTrendChart, type MonthlyFigures } from './monthly-trend-chart.ts';
import { hospitalSupplyChart } from './hospital-supply-chart.ts';

/** The part of the quarter's statistics the charts draw. */
export type ChartFigures = CountyRateFigures & MonthlyFigures & Pick<QuarterStatistics, 'hospitals'>;

/** Whether a chart has anything to draw: a chart without rows (no county rate, no hospital) is left out, not drawn empty. */
function hasRows(spec: ChartSpec): boolean {
  return spec.categories.length > 0;
}

/**
 * The briefing's charts as data, captions numbered "图1"… in document order: county 千人口献血率, monthly donations
 * against last year, supply by hospital and component. The layout positions their marks; pdfkit draws them.
 */
export function briefingCharts(statistics: ChartFigures): DocFigure[] {
  const specs = [countyRateChart(statistics), monthlyTrendChart(statistics), hospitalSupplyChart(statistics)].filter(hasRows);
  return specs.map((chart, i) => ({ key: chart.key, caption: `图${i + 1}  ${chart.caption}`, chart, widthMm: chart.widthMm, heightMm: chart.heightMm }));
}
