import { SUPPLY_LABELS } from '../figure-labels.ts';
import { formatCount, formatUnits } from '../format/format-numbers.ts';
import type { HospitalSummary, SupplyFigures } from '../model.ts';
import { SUPPLY_FIELDS } from '../model.ts';
import type { QuarterStatistics } from '../stats/quarter-statistics.ts';
import type { Panel, PanelChartSpec } from './chart-spec.ts';
import { CHART_INKS, FIGURE_WIDTH_MM } from './chart-style.ts';
import { barChartHeightMm } from './bar-chart-height.ts';
import { summaryQuarterLabel } from './summary-quarter-label.ts';

/** Hospitals by red cells issued (U), largest first; ties keep the profile order. The panels share this order. */
export function hospitalsByRedCells(summary: Pick<QuarterStatistics, 'hospitals'>): HospitalSummary[] {
  return [...summary.hospitals].sort((a, b) => b.redCellsU - a.redCellsU);
}

/** 治疗量 are counts; U and ml print with at most one decimal, as 表2 prints them. */
const FORMAT: Readonly<Record<keyof SupplyFigures, (v: number) => string>> = {
  redCellsU: formatUnits, plasmaMl: formatUnits, plateletDoses: formatCount, cryoU: formatUnits,
};

function panel(rows: readonly HospitalSummary[], field: keyof SupplyFigures): Panel {
  const values = rows.map((h) => h[field]);
  return { title: SUPPLY_LABELS[field], values, labels: values.map(FORMAT[field]), color: CHART_INKS.series };
}

/**
 * 图3 as small multiples: one panel per component in the unit stations publish (红细胞 U, 血浆 ml, 单采血小板 治疗量,
 * 冷沉淀 U), hospitals as rows, each bar labelled with its value. Nothing is folded into a "折合U" no station
 * publishes, and no two components share a bar or a colour key, so the figure reads the same in black and white.
 */
export function hospitalSupplyChart(summary: Pick<QuarterStatistics, 'quarter' | 'hospitals'>): PanelChartSpec {
  const rows = hospitalsByRedCells(summary);
  return {
    kind: 'panels',
    key: 'hospital-supply',
    caption: `${summaryQuarterLabel(summary)}各医疗机构血液成分供应量`,
    widthMm: FIGURE_WIDTH_MM,
    heightMm: barChartHeightMm(rows.length, 16),
    categories: rows.map((h) => h.name),
    panels: SUPPLY_FIELDS.map((field) => panel(rows, field)),
  };
}
