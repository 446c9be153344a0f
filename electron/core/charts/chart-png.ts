import { createCanvas } from '@napi-rs/canvas';
import type { ChartSpec } from './chart-spec.ts';
import { chartSizePt } from './chart-spec.ts';
import { drawChart } from './draw-chart.ts';

/**
 * Draws the same chart as a PNG for the desktop preview. `scale` is pixels per point: 1 ≈ 72 dpi on paper,
 * 3 ≈ 216 dpi (sharp on high-DPI screens), 300 / 72 ≈ 4.17 for 300 dpi print.
 */
export function chartPng(spec: ChartSpec, scale = 3): Uint8Array {
  const { width, height } = chartSizePt(spec);
  const canvas = createCanvas(width, height);
  return drawChart(canvas.getContext('2d'), spec, scale, () => new Uint8Array(canvas.toBuffer('image/png')));
}
