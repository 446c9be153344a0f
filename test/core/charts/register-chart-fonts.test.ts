import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Chart } from 'chart.js';
import { registerChartFonts } from '../../../electron/core/charts/register-chart-fonts.ts';
import { CHART_FONT_FAMILY } from '../../../electron/core/charts/chart-style.ts';

test('registering sets the chart.js font defaults to the bundled face', () => {
  registerChartFonts();
  assert.equal(Chart.defaults.font.family, CHART_FONT_FAMILY);
  assert.equal(Chart.defaults.font.size, 9);
});

test('a folder without the font is refused in Chinese, naming the file', () => {
  assert.throws(() => registerChartFonts('/nonexistent-fonts'), /图表字体无法加载：\/nonexistent-fonts\/NotoSerifSC-Regular\.ttf/);
});
