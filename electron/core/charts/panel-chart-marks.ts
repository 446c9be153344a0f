import type { FontSet } from '../fonts/font-types.ts';
import type { FigureMark } from '../layout/layout-types.ts';
import type { Panel, PanelChartSpec } from './chart-spec.ts';
import { CHART_FONT, CHART_INKS } from './chart-style.ts';
import { label, labelWidth, line, rect } from './chart-primitives.ts';

const SIZE = CHART_FONT.size;
const GAP = 3;
/** Space between panels, so one panel's longest label never runs into the next panel's bars. */
const GUTTER = 10;
const BAR_SHARE = 0.6;
/** Space under the last row, so the caption below does not crowd it. */
const BOTTOM = 4;

/** "单采血小板（治疗量）" → ["单采血小板", "（治疗量）"]: the figure over its unit, so a narrow panel's title fits. */
export function titleLines(title: string): string[] {
  const at = title.indexOf('（');
  return at <= 0 ? [title] : [title.slice(0, at), title.slice(at)];
}

/** One panel in the column from `x0` to `x1`: its title over it, a zero line, a bar and a value label per row. */
function panelMarks(fonts: FontSet, panel: Panel, x0: number, x1: number, rows: { y0: number; band: number }, titleTop: number): FigureMark[] {
  const room = Math.max(...panel.labels.map((l) => labelWidth(fonts, l))) + GAP;
  const max = Math.max(0, ...panel.values);
  const length = (v: number) => (max > 0 ? (v / max) * (x1 - x0 - room) : 0);
  // A line opening with a full-width bracket starts half an em early: the bracket's blank half would indent it
  // (opening punctuation at a line start is set half-width, GB/T 15834 practice).
  const title = titleLines(panel.title).map((text, i) => label(fonts, text, x0 - (text.startsWith('（') ? SIZE / 2 : 0), titleTop + SIZE * (i + 0.5) + i * 2, 'left'));
  const bottom = rows.y0 + rows.band * panel.values.length;
  const bars = panel.values.flatMap((v, i) => {
    const middle = rows.y0 + rows.band * (i + 0.5);
    const bar = v > 0 ? [rect(x0, middle - (rows.band * BAR_SHARE) / 2, length(v), rows.band * BAR_SHARE, panel.color)] : [];
    return [...bar, label(fonts, panel.labels[i]!, x0 + length(v) + GAP, middle, 'left')];
  });
  return [...title, line(x0, rows.y0, x0, bottom, CHART_INKS.axis), ...bars];
}

/**
 * Small multiples in a box of `width` × `height` points: category names right-aligned at the left, then the panels
 * side by side in equal columns, each with its own scale (bars proportional to the values within a panel) and every
 * bar labelled, so no value axis is needed and units are never mixed. Light rules separate the rows across panels.
 */
export function panelChartMarks(spec: PanelChartSpec, fonts: FontSet, width: number, height: number): FigureMark[] {
  const names = Math.max(...spec.categories.map((c) => labelWidth(fonts, c))) + 2 * GAP;
  const titleHeight = 2 * SIZE + 2 + 2 * GAP;
  const rows = { y0: titleHeight, band: (height - titleHeight - BOTTOM) / spec.categories.length };
  const column = (width - names) / spec.panels.length;
  const separators = spec.categories.slice(1).map((_, i) => line(0, rows.y0 + rows.band * (i + 1), width, rows.y0 + rows.band * (i + 1), CHART_INKS.grid, 0.3));
  const categoryLabels = spec.categories.map((c, i) => label(fonts, c, names - 2 * GAP, rows.y0 + rows.band * (i + 0.5), 'right'));
  const panels = spec.panels.flatMap((p, k) => panelMarks(fonts, p, names + column * k, names + column * (k + 1) - GUTTER, rows, 0));
  return [...separators, ...categoryLabels, ...panels];
}
