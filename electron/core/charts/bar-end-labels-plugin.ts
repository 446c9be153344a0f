import type { Chart, Plugin } from 'chart.js';
import { CHART_COLOURS, CHART_FONT_FAMILY, CHART_FONT_SIZE } from './chart-style.ts';

/** Labels drawn by hand need the font set explicitly: the context keeps whatever chart.js drew last. */
const FONT = `${CHART_FONT_SIZE}px ${CHART_FONT_FAMILY}`;

/** Gap in points between a bar's end and its label. */
const GAP = 3;

/**
 * Writes a preformatted label at the end of each bar (right of horizontal bars, above vertical ones).
 * `labels[d][i]` is the label of dataset d, bar i; null draws nothing (e.g. inner parts of a stack, whose
 * total is written at the end of the last part). Labels are computed with the spec, so they are tested there.
 */
export function barEndLabelsPlugin(labels: readonly (readonly (string | null)[])[]): Plugin<'bar'> {
  return {
    id: 'briefBarEndLabels',
    afterDatasetsDraw(chart) {
      const horizontal = chart.options.indexAxis === 'y';
      chart.ctx.save();
      chart.ctx.fillStyle = CHART_COLOURS.text;
      chart.ctx.font = FONT;
      chart.ctx.textAlign = horizontal ? 'left' : 'center';
      chart.ctx.textBaseline = horizontal ? 'middle' : 'bottom';
      labels.forEach((row, d) => drawDatasetLabels(chart, d, row, horizontal));
      chart.ctx.restore();
    },
  };
}

function drawDatasetLabels(chart: Chart<'bar'>, d: number, row: readonly (string | null)[], horizontal: boolean): void {
  if (!chart.isDatasetVisible(d)) return;
  chart.getDatasetMeta(d).data.forEach((bar, i) => {
    const text = row[i];
    if (text == null) return;
    const x = horizontal ? bar.x + GAP : bar.x;
    const y = horizontal ? bar.y : bar.y - GAP;
    knockOut(chart, text, x, y, horizontal);
    chart.ctx.fillText(text, x, y);
  });
}

/** Clears the grid or reference line behind a label so the figure stays readable where they cross. */
function knockOut(chart: Chart<'bar'>, text: string, x: number, y: number, horizontal: boolean): void {
  const { ctx } = chart;
  const width = ctx.measureText(text).width;
  const size = CHART_FONT_SIZE;
  const left = horizontal ? x - 1 : x - width / 2 - 1;
  const top = horizontal ? y - size / 2 - 1 : y - size - 1;
  const fill = ctx.fillStyle;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(left, top, width + 2, size + 2);
  ctx.fillStyle = fill;
}
