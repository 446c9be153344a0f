import { test } from 'node:test';
import assert from 'node:assert/strict';
import { horizontalBarMarks } from '../../../electron/core/charts/horizontal-bar-marks.ts';
import { countyRateChart } from '../../../electron/core/charts/county-rate-chart.ts';
import { mm } from '../../../electron/core/layout/page-geometry.ts';
import { fixtureFigures } from './fixture-summary.ts';
import { FONTS, outside, overlappingLabels, proportional, rectsOf, rulesOf, textsOf } from './mark-probe.ts';

const spec = countyRateChart(fixtureFigures());
const [W, H] = [mm(spec.widthMm), mm(spec.heightMm)];
const marks = horizontalBarMarks(spec, FONTS, W, H);
const bars = rectsOf(marks);
const xOfTick = (t: string) => { const label = textsOf(marks).find((m) => m.text === t)!; return label.x + label.width / 2; };

test('one bar per county from one zero line, its length proportional to the rate', () => {
  const values = spec.series[0]!.values as number[];
  assert.equal(bars.length, spec.categories.length);
  assert.ok(bars.every((b) => Math.abs(b.x - bars[0]!.x) < 1e-9));
  assert.ok(proportional(bars.map((b) => b.width), values));
  assert.ok(bars.every((b, i) => i === 0 || b.y > bars[i - 1]!.y), 'in the order of 表1, top to bottom');
  assert.ok(Math.abs(xOfTick('0') - bars[0]!.x) < 1e-6, 'the axis starts at zero under the bars');
});

test('the axis ticks are the round statistics ticks, evenly spaced, and the value scale agrees with the bars', () => {
  const ticks = spec.ticks.map(String);
  const xs = ticks.map(xOfTick);
  const step = xs[1]! - xs[0]!;
  assert.ok(xs.every((x, i) => Math.abs(x - xs[0]! - i * step) < 1e-6));
  assert.ok(Math.abs(bars[0]!.width - (4.44 / 1) * step) < 1e-6, '临渭区 4.44‰ reaches 4.44 tick steps');
});

test('every bar carries its rate as text at its end, and the dashed city line sits at the city rate', () => {
  for (const [i, label] of spec.series[0]!.labels.entries()) {
    const text = textsOf(marks).find((t) => t.text === label && Math.abs(t.x - (bars[i]!.x + bars[i]!.width + 3)) < 1e-6);
    assert.ok(text, `${label} at the end of bar ${i}`);
  }
  const city = rulesOf(marks).find((r) => r.dash !== undefined)!;
  assert.ok(Math.abs(city.x1 - (xOfTick('0') + 2.46 * (xOfTick('1') - xOfTick('0')))) < 1e-6);
  assert.ok(textsOf(marks).some((t) => t.text === '全市 2.46‰'));
});

test('no two labels overlap and nothing leaves the figure', () => {
  assert.deepEqual(overlappingLabels(marks), []);
  assert.deepEqual(outside(marks, W, H), []);
});

test('a city line at the end of the axis keeps its label inside the figure', () => {
  const edge = { ...spec, reference: { value: 5, label: '全市 5.00‰' } };
  const drawn = horizontalBarMarks(edge, FONTS, W, H);
  const city = textsOf(drawn).find((t) => t.text === '全市 5.00‰')!;
  assert.ok(city.x + city.width <= W);
  assert.deepEqual(outside(drawn, W, H), []);
});
