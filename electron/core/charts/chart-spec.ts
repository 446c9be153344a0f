import type { ChartConfiguration } from 'chart.js';

/**
 * A chart as data: the chart.js configuration built from the figures, plus its size on paper.
 * Building the spec is pure (tested with real figures); drawing it to SVG or PNG is a separate step.
 */
export interface ChartSpec {
  /** Stable identifier, e.g. "county-rate"; carried into DocFigure.key. */
  readonly key: string;
  /** Printed by the document under the figure, so the chart itself has no title. */
  readonly caption: string;
  readonly widthMm: number;
  readonly heightMm: number;
  readonly config: ChartConfiguration<'bar'>;
}

/** Points per millimetre: the canvas is laid out in points so font sizes read as printed sizes. */
const PT_PER_MM = 72 / 25.4;

/** Canvas size in CSS pixels = points (1 px = 1 pt when the SVG is placed at its paper size). */
export function chartSizePt(spec: Pick<ChartSpec, 'widthMm' | 'heightMm'>): { width: number; height: number } {
  return { width: Math.round(spec.widthMm * PT_PER_MM), height: Math.round(spec.heightMm * PT_PER_MM) };
}
