import type { QuarterSummary } from '../model.ts';
import type { ChartSpec } from './chart-spec.ts';
import type { MonthlyHistory } from './monthly-donations.ts';
import { countyRateChart } from './county-rate-chart.ts';
import { monthlyTrendChart } from './monthly-trend-chart.ts';
import { hospitalSupplyChart } from './hospital-supply-chart.ts';

/**
 * The briefing's three charts as specs, captions numbered "图1"… in document order. A chart with nothing to
 * show (no county rate, no hospital) is left out rather than drawn empty.
 */
export function briefingChartSpecs(summary: QuarterSummary, history?: MonthlyHistory): ChartSpec[] {
  const specs = [countyRateChart(summary), monthlyTrendChart(summary, history), hospitalSupplyChart(summary)];
  return specs
    .filter((s) => (s.config.data.labels ?? []).length > 0)
    .map((s, i) => ({ ...s, caption: `图${i + 1}  ${s.caption}` }));
}
