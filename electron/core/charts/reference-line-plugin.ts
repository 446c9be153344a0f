import type { Chart, Plugin } from 'chart.js';
import { CHART_COLOURS, CHART_FONT_FAMILY, CHART_FONT_SIZE } from './chart-style.ts';

/** Labels drawn by hand need the font set explicitly: the context keeps whatever chart.js drew last. */
const FONT = `${CHART_FONT_SIZE}px ${CHART_FONT_FAMILY}`;

/** A reference value drawn across the chart area, e.g. the city-wide rate against the county bars. */
export interface ReferenceLine {
  readonly value: number;
  /** Written above the chart area at the line, e.g. "全市 2.25‰". */
  readonly label: string;
}

/**
 * Draws a dashed dark-red line at `value` on the value axis (x for horizontal bars, y for vertical) with its
 * label, behind the bars so it never hides a bar's end. The chart needs top padding for the label.
 */
export function referenceLinePlugin(line: ReferenceLine): Plugin<'bar'> {
  return {
    id: 'briefReferenceLine',
    beforeDatasetsDraw(chart) {
      chart.ctx.save();
      chart.ctx.strokeStyle = CHART_COLOURS.darkRed;
      chart.ctx.fillStyle = CHART_COLOURS.darkRed;
      if (chart.options.indexAxis === 'y') drawVertical(chart, line);
      else drawHorizontal(chart, line);
      chart.ctx.restore();
    },
  };
}

/** A vertical line for horizontal bars, labelled above the chart area. */
function drawVertical(chart: Chart<'bar'>, line: ReferenceLine): void {
  const { ctx, chartArea } = chart;
  const x = chart.scales.x.getPixelForValue(line.value);
  dashed(ctx, x, chartArea.top, x, chartArea.bottom);
  label(ctx, line.label, x, chartArea.top - 2, 'center');
}

/** A horizontal line for vertical bars, labelled at the right end. */
function drawHorizontal(chart: Chart<'bar'>, line: ReferenceLine): void {
  const { ctx, chartArea } = chart;
  const y = chart.scales.y.getPixelForValue(line.value);
  dashed(ctx, chartArea.left, y, chartArea.right, y);
  label(ctx, line.label, chartArea.right, y - 2, 'right');
}

function dashed(ctx: Chart['ctx'], x1: number, y1: number, x2: number, y2: number): void {
  ctx.lineWidth = 1;
  ctx.setLineDash([4, 3]);
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
}

function label(ctx: Chart['ctx'], text: string, x: number, y: number, align: 'center' | 'right'): void {
  ctx.font = FONT;
  ctx.textAlign = align;
  ctx.textBaseline = 'bottom';
  ctx.fillText(text, x, y);
}
