import type { FontSet } from '../fonts/font-types.ts';
import type { FigureMark } from '../layout/layout-types.ts';
import { assertNever } from '../util/assert-never.ts';
import type { ChartSpec } from './chart-spec.ts';
import { horizontalBarMarks } from './horizontal-bar-marks.ts';
import { panelChartMarks } from './panel-chart-marks.ts';
import { verticalBarMarks } from './vertical-bar-marks.ts';

/**
 * A chart's marks (bars, axes, lines, labels as text in the song face) in its own box of `width` × `height` points,
 * origin at the box's top-left corner, y downwards; the layout moves and scales them onto the page.
 */
export function chartMarks(spec: ChartSpec, fonts: FontSet, width: number, height: number): FigureMark[] {
  switch (spec.kind) {
    case 'bars': return spec.direction === 'horizontal' ? horizontalBarMarks(spec, fonts, width, height) : verticalBarMarks(spec, fonts, width, height);
    case 'panels': return panelChartMarks(spec, fonts, width, height);
    default: return assertNever(spec);
  }
}
