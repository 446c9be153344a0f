import { createCanvas, SvgExportFlag } from '@napi-rs/canvas';
import type { ChartSpec } from './chart-spec.ts';
import { chartSizePt } from './chart-spec.ts';
import { drawChart } from './draw-chart.ts';
import { withViewBox } from './with-view-box.ts';
import { renumberClipIds } from './renumber-clip-ids.ts';

/**
 * Draws a chart as a vector SVG with all text converted to paths: <text> breaks in svg-to-pdfkit
 * (per-glyph positions, Kangxi-radical code points), paths embed no font and print the same everywhere.
 * Same spec → identical string (clip ids renumbered; Skia's counter is process-wide).
 */
export function chartSvg(spec: ChartSpec): string {
  const { width, height } = chartSizePt(spec);
  const canvas = createCanvas(width, height, SvgExportFlag.ConvertTextToPaths);
  const svg = drawChart(canvas.getContext('2d'), spec, 1, () => canvas.getContent().toString('utf8'));
  return renumberClipIds(withViewBox(svg, width, height), spec.key);
}
