import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Chart, registerables } from 'chart.js';
import { GlobalFonts } from '@napi-rs/canvas';
import { CHART_COLOURS, CHART_FONT_FAMILY, CHART_FONT_SIZE } from './chart-style.ts';

/** The bundled OFL fonts, relative to this module in the source tree. */
const DEFAULT_FONTS_DIR = fileURLToPath(new URL('../../../templates/fonts/', import.meta.url));

let registeredFrom: string | null = null;

/**
 * Registers chart.js components and the bundled Noto Serif SC with Skia, once per process, and sets the
 * chart.js font defaults. Without a registered CJK face Skia draws Chinese labels as blank boxes.
 * Call it with the fonts folder when it is not next to the sources (packaged app); drawing calls it without
 * arguments, which keeps whatever folder was registered first. Throws (in Chinese) when the font cannot be read.
 */
export function registerChartFonts(fontsDir?: string): void {
  if (registeredFrom !== null && (fontsDir === undefined || fontsDir === registeredFrom)) return;
  const dir = fontsDir ?? DEFAULT_FONTS_DIR;
  const file = join(dir, 'NotoSerifSC-Regular.ttf');
  if (GlobalFonts.registerFromPath(file, CHART_FONT_FAMILY) === null) {
    throw new Error(`图表字体无法加载：${file}`);
  }
  if (registeredFrom === null) Chart.register(...registerables);
  Chart.defaults.font.family = CHART_FONT_FAMILY;
  Chart.defaults.font.size = CHART_FONT_SIZE;
  Chart.defaults.color = CHART_COLOURS.text;
  registeredFrom = dir;
}
