import type { FontSet } from '../fonts/font-types.ts';
import type { FigureMark } from '../layout/layout-types.ts';
import { formatTick } from './format-tick.ts';
import type { BarChartSpec } from './chart-spec.ts';
import { CHART_FONT, CHART_INKS } from './chart-style.ts';
import { knockedOut, label, labelWidth, line, rect } from './chart-primitives.ts';

const SIZE = CHART_FONT.size;
/** Gap between a bar's end (or the axis) and its label. */
const GAP = 3;
/** Share of a row's band the bar fills. */
const BAR_SHARE = 0.65;

/** The dashed reference line across the plot, its label centred above it (kept inside the figure near an edge). */
function referenceMarks(fonts: FontSet, text: string, x: number, y0: number, y1: number, width: number): FigureMark[] {
  const half = labelWidth(fonts, text) / 2;
  const centre = Math.min(Math.max(x, half), width - half);
  return [line(x, y0 - 2, x, y1, CHART_INKS.focus, 0.8, [4, 3]), label(fonts, text, centre, (y0 - 2) / 2, 'center', CHART_INKS.focus)];
}

/**
 * One horizontal bar per category (one series), in a box of `width` × `height` points: names right-aligned at the
 * left, the value axis from 0 to the last tick below with light grid lines, each bar's label at its end, and the
 * reference line dashed across the plot, labelled above it. Bar lengths are proportional to the values.
 */
export function horizontalBarMarks(spec: BarChartSpec, fonts: FontSet, width: number, height: number): FigureMark[] {
  const series = spec.series[0]!;
  const top = spec.reference ? SIZE + 6 : 4;
  const bottom = 2 * SIZE + 12;
  const left = Math.max(...spec.categories.map((c) => labelWidth(fonts, c))) + 2 * GAP;
  const right = Math.max(...series.labels.map((l) => (l === null ? 0 : labelWidth(fonts, l))), SIZE) + 2 * GAP;
  const plot = { x0: left, x1: width - right, y0: top, y1: height - bottom };
  const last = spec.ticks.at(-1)!;
  const xOf = (v: number) => plot.x0 + (v / last) * (plot.x1 - plot.x0);
  const band = (plot.y1 - plot.y0) / spec.categories.length;
  const grid = spec.ticks.flatMap((t) => [line(xOf(t), plot.y0, xOf(t), plot.y1, t === 0 ? CHART_INKS.axis : CHART_INKS.grid), label(fonts, formatTick(t), xOf(t), plot.y1 + GAP + SIZE / 2, 'center')]);
  const title = label(fonts, spec.valueTitle, (plot.x0 + plot.x1) / 2, height - SIZE / 2 - 2, 'center');
  const reference = spec.reference === null ? [] : referenceMarks(fonts, spec.reference.label, xOf(spec.reference.value), plot.y0, plot.y1, width);
  const rows = spec.categories.flatMap((name, i) => {
    const middle = plot.y0 + band * (i + 0.5);
    const value = series.values[i] ?? null;
    const text = series.labels[i] ?? null;
    const bar = value === null ? [] : [rect(plot.x0, middle - (band * BAR_SHARE) / 2, xOf(value) - plot.x0, band * BAR_SHARE, series.color)];
    const end = value === null || text === null ? [] : knockedOut(label(fonts, text, xOf(value) + GAP, middle, 'left'));
    return [label(fonts, name, plot.x0 - 2 * GAP, middle, 'right'), ...bar, ...end];
  });
  return [...grid, title, ...reference, ...rows];
}
