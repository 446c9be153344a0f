import { test } from 'node:test';
import assert from 'node:assert/strict';
import { panelChartMarks, titleLines } from '../../../electron/core/charts/panel-chart-marks.ts';
import { hospitalSupplyChart } from '../../../electron/core/charts/hospital-supply-chart.ts';
import { mm } from '../../../electron/core/layout/page-geometry.ts';
import { fixtureSummary } from './fixture-summary.ts';
import { FONTS, outside, overlappingLabels, proportional, rectsOf, rulesOf, textsOf } from './mark-probe.ts';

const spec = hospitalSupplyChart(fixtureSummary());
const [W, H] = [mm(spec.widthMm), mm(spec.heightMm)];
const marks = panelChartMarks(spec, FONTS, W, H);
/** Each panel starts at its zero line (the vertical axis rules), left to right. */
const zeroLines = rulesOf(marks).filter((r) => r.x1 === r.x2).map((r) => r.x1).sort((a, b) => a - b);

test('a title over its unit per panel, from the one label table', () => {
  assert.deepEqual(titleLines('单采血小板（治疗量）'), ['单采血小板', '（治疗量）']);
  const said = textsOf(marks).map((t) => t.text);
  for (const s of ['红细胞', '（U）', '血浆', '（ml）', '单采血小板', '（治疗量）', '冷沉淀']) assert.ok(said.includes(s), s);
});

test('within each panel bars start at its zero line and their lengths are proportional to the values', () => {
  assert.equal(zeroLines.length, 4);
  spec.panels.forEach((panel, k) => {
    const own = rectsOf(marks).filter((r) => Math.abs(r.x - zeroLines[k]!) < 1e-9);
    const drawn = panel.values.filter((v) => v > 0);
    assert.equal(own.length, drawn.length, `${panel.title}: a bar per non-zero value`);
    assert.ok(proportional(own.map((r) => r.width), drawn), panel.title);
  });
});

test('every value is labelled at its bar end, and no label runs into the next panel', () => {
  spec.panels.forEach((panel, k) => {
    const limit = zeroLines[k + 1] ?? W;
    for (const text of panel.labels) {
      const label = textsOf(marks).find((t) => t.text === text && t.x > zeroLines[k]! && t.x < limit);
      assert.ok(label, `${panel.title} ${text}`);
      assert.ok(label.x + label.width < limit - 3, `${panel.title} ${text} stays in its panel`);
    }
  });
  assert.deepEqual(overlappingLabels(marks), []);
  assert.deepEqual(outside(marks, W, H), []);
});

test('a hospital issued none of a component gets a "0" and no bar', () => {
  const platelets = spec.panels[2]!;
  assert.equal(platelets.values[3], 0);
  const row = textsOf(marks).find((t) => t.text === '蒲城县医院')!;
  const zero = textsOf(marks).find((t) => t.text === '0' && Math.abs(t.y - row.y) < 1e-6);
  assert.ok(zero && Math.abs(zero.x - (zeroLines[2]! + 3)) < 1e-6);
});
