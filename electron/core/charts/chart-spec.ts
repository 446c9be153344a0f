/**
 * A chart as data: what it shows (categories, values, their printed labels, units) and its size on paper, with no
 * positions yet. chart-marks.ts turns a spec into positioned bars, axes and labels (as real text) for the layout,
 * as the rest of the briefing is laid out: data first, then drawn with pdfkit.
 */
import type { Cmyk } from '../layout/layout-types.ts';

/** One series of bars: a value per category (null: no bar and no label, e.g. a month nobody reported). */
export interface BarSeries {
  /** Legend text, e.g. "2025年"; a single series needs none. */
  readonly name: string;
  readonly values: readonly (number | null)[];
  /** Printed at each bar's end, formatted as the tables print the figure. */
  readonly labels: readonly (string | null)[];
  readonly color: Cmyk;
}

/** A value line across the plot, e.g. the city rate against the county bars. */
export interface ReferenceLine {
  readonly value: number;
  /** Written at the line's end, e.g. "全市 2.25‰". */
  readonly label: string;
}

/** What every chart has: a stable key, the caption printed under it, and its size. */
interface ChartBase {
  /** Stable identifier, e.g. "county-rate"; the briefing places the figure by it. */
  readonly key: string;
  /** Printed by the document under the figure (the chart itself has no title). */
  readonly caption: string;
  readonly widthMm: number;
  readonly heightMm: number;
}

/** Bars against a value axis with round ticks: horizontal (one bar per row) or vertical, grouped by series. */
export interface BarChartSpec extends ChartBase {
  readonly kind: 'bars';
  readonly direction: 'horizontal' | 'vertical';
  readonly categories: readonly string[];
  readonly series: readonly BarSeries[];
  /** The value axis from 0 to the last tick (computed in stats/, so the tick labels are in the --json summary). */
  readonly ticks: readonly number[];
  /** Axis title with its unit, e.g. "千人口献血率（‰）". */
  readonly valueTitle: string;
  readonly reference: ReferenceLine | null;
}

/** One small multiple: a figure in its own unit, one bar per category, each bar labelled with its value. */
export interface Panel {
  /** The figure and its unit, e.g. "血浆（ml）". */
  readonly title: string;
  readonly values: readonly number[];
  readonly labels: readonly string[];
  readonly color: Cmyk;
}

/**
 * Small multiples: the categories (rows) once at the left, then one panel per figure side by side, each scaled to
 * its own largest value. Figures in different units are never added up or drawn against one axis.
 */
export interface PanelChartSpec extends ChartBase {
  readonly kind: 'panels';
  readonly categories: readonly string[];
  readonly panels: readonly Panel[];
}

/** Any chart of the briefing. */
export type ChartSpec = BarChartSpec | PanelChartSpec;
