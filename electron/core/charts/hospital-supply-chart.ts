import type { QuarterSummary } from '../model.ts';
import type { ChartSpec } from './chart-spec.ts';
import { CHART_COLOURS, FIGURE_WIDTH_MM } from './chart-style.ts';
import { barChartHeightMm } from './bar-chart-height.ts';
import { categoryAxis, valueAxis } from './value-axis.ts';
import { formatChartNumber } from './format-chart-number.ts';
import { barEndLabelsPlugin } from './bar-end-labels-plugin.ts';
import { summaryQuarterLabel } from './summary-quarter-label.ts';

/** Hospitals by red cells issued (U, as stations report them), largest first; ties keep the profile order. */
export function hospitalsByRedCells(summary: QuarterSummary): { name: string; redCellsU: number }[] {
  return summary.hospitals.map((h) => ({ name: h.name, redCellsU: h.redCellsU })).sort((a, b) => b.redCellsU - a.redCellsU);
}

/**
 * Horizontal bars of red cells issued to each hospital in U, the unit stations publish, largest first, each bar
 * labelled with its value. One series in one dark ink reads the same in black-and-white print; the other components
 * (血浆 ml, 血小板 治疗量, 冷沉淀 U) are in 表2 in their own units, never folded into a "折合U" no station publishes.
 */
export function hospitalSupplyChart(summary: QuarterSummary): ChartSpec {
  const rows = hospitalsByRedCells(summary);
  return {
    key: 'hospital-supply',
    caption: `${summaryQuarterLabel(summary)}各医疗机构红细胞供应量`,
    widthMm: FIGURE_WIDTH_MM,
    heightMm: barChartHeightMm(rows.length),
    config: {
      type: 'bar',
      data: { labels: rows.map((r) => r.name), datasets: [{ label: '红细胞类（U）', data: rows.map((r) => r.redCellsU), backgroundColor: CHART_COLOURS.darkRed, barPercentage: 0.7 }] },
      options: {
        indexAxis: 'y',
        layout: { padding: { right: 24 } },
        plugins: { legend: { display: false } },
        scales: { x: valueAxis('红细胞供应量（U）', false), y: categoryAxis(false) },
      },
      plugins: [barEndLabelsPlugin([rows.map((r) => `${formatChartNumber(r.redCellsU, 1)}U`)])],
    },
  };
}
