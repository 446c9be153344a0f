import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { chartPng } from '../../../electron/core/charts/chart-png.ts';
import { monthlyTrendChart } from '../../../electron/core/charts/monthly-trend-chart.ts';
import { fixtureSummary } from './fixture-summary.ts';

test('the PNG decodes at scale × the size in points, on a white background, with dark-red bars', async () => {
  const spec = monthlyTrendChart(fixtureSummary());
  const image = await loadImage(Buffer.from(chartPng(spec, 2)));
  assert.equal(image.width, 850);
  assert.equal(image.height, 426);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  assert.deepEqual([...ctx.getImageData(0, 0, 1, 1).data], [255, 255, 255, 255]);
  const pixels = ctx.getImageData(0, 0, image.width, image.height).data;
  let darkRed = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] === 0x9b && pixels[i + 1] === 0x1c && pixels[i + 2] === 0x1c) darkRed++;
  assert.ok(darkRed > 5000, `dark-red pixels: ${darkRed}`);
});

test('the default scale is 3 px per point', async () => {
  const image = await loadImage(Buffer.from(chartPng(monthlyTrendChart(fixtureSummary()))));
  assert.deepEqual([image.width, image.height], [1275, 639]);
});
