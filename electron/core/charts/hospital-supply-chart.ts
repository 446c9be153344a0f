import type { QuarterSummary } from '../model.ts';
import type { ChartSpec } from './chart-spec.ts';
import type { HospitalUnits } from './hospital-supply-units.ts';
import { hospitalSupplyUnits } from './hospital-supply-units.ts';
import { CHART_COLOURS, FIGURE_WIDTH_MM } from './chart-style.ts';
import { barChartHeightMm } from './bar-chart-height.ts';
import { categoryAxis, valueAxis } from './value-axis.ts';
import { formatChartNumber } from './format-chart-number.ts';
import { barEndLabelsPlugin } from './bar-end-labels-plugin.ts';
import { summaryQuarterLabel } from './summary-quarter-label.ts';

/** The stacked components in order, with the conversion stated in the legend where one was applied. */
const PARTS = [
  { field: 'redCells', label: '红细胞类', colour: CHART_COLOURS.darkRed },
  { field: 'plasma', label: '血浆（100 ml=1 U）', colour: CHART_COLOURS.navy },
  { field: 'platelets', label: '单采血小板（1治疗量=10 U）', colour: CHART_COLOURS.grey },
  { field: 'cryo', label: '冷沉淀', colour: CHART_COLOURS.lightGrey },
] as const satisfies readonly { field: keyof HospitalUnits; label: string; colour: string }[];

/**
 * Horizontal stacked bars of blood issued to each hospital in U (折合), largest first, the total written at
 * the end of each bar.
 */
export function hospitalSupplyChart(summary: QuarterSummary): ChartSpec {
  const rows = hospitalSupplyUnits(summary);
  const datasets = PARTS.map((p) => ({ label: p.label, data: rows.map((r) => r[p.field]), backgroundColor: p.colour, barPercentage: 0.7 }));
  const totals = rows.map((r) => formatChartNumber(r.total, 1));
  return {
    key: 'hospital-supply',
    caption: `${summaryQuarterLabel(summary)}各医疗机构供血量（折合U）`,
    widthMm: FIGURE_WIDTH_MM,
    heightMm: barChartHeightMm(rows.length, 24),
    config: {
      type: 'bar',
      data: { labels: rows.map((r) => r.name), datasets },
      options: {
        indexAxis: 'y',
        layout: { padding: { right: 8 } },
        plugins: { legend: { position: 'top', labels: { boxWidth: 10, boxHeight: 10 } } },
        scales: { x: valueAxis('供血量（U）', true), y: categoryAxis(true) },
      },
      plugins: [barEndLabelsPlugin(PARTS.map((_, d) => (d === PARTS.length - 1 ? totals : totals.map(() => null))))],
    },
  };
}
