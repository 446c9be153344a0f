import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hospitalSupplyChart, hospitalsByRedCells } from '../../../electron/core/charts/hospital-supply-chart.ts';
import { SUPPLY_LABELS } from '../../../electron/core/figure-labels.ts';
import { fixtureSummary } from './fixture-summary.ts';

test('hospitals by red cells issued, largest first', () => {
  assert.deepEqual(hospitalsByRedCells(fixtureSummary()).map((r) => [r.name, r.redCellsU]), [
    ['渭南市中心医院', 3820.5], ['渭南市第二医院', 1630], ['韩城市人民医院', 910], ['蒲城县医院', 690],
  ]);
});

test('图3 is one panel per component in the unit stations publish, never a 折合U', () => {
  const spec = hospitalSupplyChart(fixtureSummary());
  assert.equal(spec.kind, 'panels');
  assert.equal(spec.caption, '2025年第一季度各医疗机构血液成分供应量');
  assert.deepEqual(spec.categories, ['渭南市中心医院', '渭南市第二医院', '韩城市人民医院', '蒲城县医院']);
  assert.deepEqual(spec.panels.map((p) => p.title), [SUPPLY_LABELS.redCellsU, SUPPLY_LABELS.plasmaMl, SUPPLY_LABELS.plateletDoses, SUPPLY_LABELS.cryoU]);
  assert.deepEqual(spec.panels.map((p) => p.values), [[3820.5, 1630, 910, 690], [215000, 98000, 52000, 40500], [160, 45, 22, 0], [640, 210, 120, 80]]);
  assert.deepEqual(spec.panels.map((p) => p.labels), [['3820.5', '1630', '910', '690'], ['215000', '98000', '52000', '40500'], ['160', '45', '22', '0'], ['640', '210', '120', '80']]);
  assert.doesNotMatch(JSON.stringify(spec), /折合|1治疗量=10/);
});
