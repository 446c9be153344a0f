import type { Plugin } from 'chart.js';
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
      const { ctx, chartArea } = chart;
      const horizontal = chart.options.indexAxis === 'y';
      const pos = chart.scales[horizontal ? 'x' : 'y'].getPixelForValue(line.value);
      ctx.save();
      ctx.strokeStyle = CHART_COLOURS.darkRed;
      ctx.fillStyle = CHART_COLOURS.darkRed;
      ctx.lineWidth = 1;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      if (horizontal) { ctx.moveTo(pos, chartArea.top); ctx.lineTo(pos, chartArea.bottom); }
      else { ctx.moveTo(chartArea.left, pos); ctx.lineTo(chartArea.right, pos); }
      ctx.stroke();
      ctx.font = FONT;
      ctx.textAlign = horizontal ? 'center' : 'right';
      ctx.textBaseline = 'bottom';
      if (horizontal) ctx.fillText(line.label, pos, chartArea.top - 2);
      else ctx.fillText(line.label, chartArea.right, pos - 2);
      ctx.restore();
    },
  };
}
