import type { FontSet } from '../fonts/font-types.ts';
import type { FigureMark } from '../layout/layout-types.ts';
import type { BarChartSpec, BarSeries } from './chart-spec.ts';
import { CHART_FONT, CHART_INKS } from './chart-style.ts';
import { knockedOut, label, labelWidth, line, rect } from './chart-primitives.ts';
import { formatTick } from './format-tick.ts';

const SIZE = CHART_FONT.size;
const GAP = 3;
/** Share of a category's band taken by its group of bars, and of a bar's slot taken by the bar. */
const GROUP_SHARE = 0.6;
const BAR_SHARE = 0.9;
/** Legend key size. */
const KEY = 8;

/** The legend at the top right, one key and name per series, last series rightmost. */
function legend(fonts: FontSet, series: readonly BarSeries[], right: number, middle: number): FigureMark[] {
  if (series.length < 2) return [];
  const widths = series.map((s) => KEY + GAP + labelWidth(fonts, s.name));
  const starts = widths.map((_, i) => right - widths.slice(i).reduce((a, b) => a + b, 0) - (series.length - 1 - i) * 3 * GAP);
  return series.flatMap((s, i) => [rect(starts[i]!, middle - KEY / 2, KEY, KEY, s.color), label(fonts, s.name, starts[i]! + KEY + GAP, middle, 'left')]);
}

/**
 * Grouped vertical bars, one group per category and one bar per series, in a box of `width` × `height` points: the
 * axis title and the legend above, tick labels at the left with light grid lines, each bar's label above it, the
 * category names below. Bar heights are proportional to the values; a null value has no bar and no label.
 */
export function verticalBarMarks(spec: BarChartSpec, fonts: FontSet, width: number, height: number): FigureMark[] {
  const tickTexts = spec.ticks.map(formatTick);
  const left = Math.max(...tickTexts.map((t) => labelWidth(fonts, t))) + 2 * GAP;
  const head = SIZE + 6;
  const plot = { x0: left, x1: width - GAP, y0: head + SIZE + 2 * GAP, y1: height - SIZE - 2 * GAP };
  const last = spec.ticks.at(-1)!;
  const yOf = (v: number) => plot.y1 - (v / last) * (plot.y1 - plot.y0);
  const grid = spec.ticks.flatMap((t, i) => [line(plot.x0, yOf(t), plot.x1, yOf(t), t === 0 ? CHART_INKS.axis : CHART_INKS.grid), label(fonts, tickTexts[i]!, plot.x0 - GAP, yOf(t), 'right')]);
  const band = (plot.x1 - plot.x0) / spec.categories.length;
  const slot = (band * GROUP_SHARE) / spec.series.length;
  const bars = spec.categories.flatMap((name, c) => {
    const groupLeft = plot.x0 + band * c + (band * (1 - GROUP_SHARE)) / 2;
    const own = spec.series.flatMap((s, k) => {
      const value = s.values[c] ?? null;
      const text = s.labels[c] ?? null;
      if (value === null) return [];
      const x = groupLeft + slot * k + (slot * (1 - BAR_SHARE)) / 2;
      const barWidth = slot * BAR_SHARE;
      const bar = rect(x, yOf(value), barWidth, plot.y1 - yOf(value), s.color);
      return text === null ? [bar] : [bar, ...knockedOut(label(fonts, text, x + barWidth / 2, yOf(value) - GAP - SIZE / 2, 'center'))];
    });
    return [...own, label(fonts, name, plot.x0 + band * (c + 0.5), plot.y1 + GAP + SIZE / 2, 'center')];
  });
  const title = label(fonts, spec.valueTitle, 0, head / 2, 'left');
  return [...grid, title, ...legend(fonts, spec.series, plot.x1, head / 2), ...bars];
}
