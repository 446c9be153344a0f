import { Chart } from 'chart.js';
import type { ChartItem } from 'chart.js';
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { ChartSpec } from './chart-spec.ts';
import { clonePlain } from './clone-plain.ts';
import { backgroundPlugin } from './background-plugin.ts';
import { registerChartFonts } from './register-chart-fonts.ts';

/**
 * Draws a spec onto a Skia context synchronously and returns what `read` takes from the canvas before the
 * chart is destroyed (destroying clears the canvas). Options required in Node (toolchain notes): not
 * responsive, no animation; `devicePixelRatio` scales the drawing (1 for SVG, which is already vector).
 */
export function drawChart<T>(ctx: SKRSContext2D, spec: ChartSpec, devicePixelRatio: number, read: () => T): T {
  registerChartFonts();
  const config = clonePlain(spec.config);
  config.options = { ...config.options, responsive: false, animation: false, devicePixelRatio };
  config.plugins = [backgroundPlugin(), ...(config.plugins ?? [])];
  const chart = new Chart(ctx as unknown as ChartItem, config);
  try {
    return read();
  } finally {
    chart.destroy();
  }
}
