import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hospitalSupplyChart, hospitalsByRedCells } from '../../../electron/core/charts/hospital-supply-chart.ts';
import { fixtureSummary } from './fixture-summary.ts';

test('hospitals by red cells issued, in U as stations report them, largest first', () => {
  assert.deepEqual(hospitalsByRedCells(fixtureSummary()).map((r) => [r.name, r.redCellsU]), [
    ['渭南市中心医院', 3820.5], ['渭南市第二医院', 1630], ['韩城市人民医院', 910], ['蒲城县医院', 690],
  ]);
});

test('figure 3 is one series, directly labelled, with no 折合U and no legend to decode in greyscale', () => {
  const spec = hospitalSupplyChart(fixtureSummary());
  assert.equal(spec.caption, '2025年第一季度各医疗机构红细胞供应量');
  assert.doesNotMatch(JSON.stringify(spec.config.data), /折合|1治疗量=10/);
  assert.deepEqual(spec.config.data.labels, ['渭南市中心医院', '渭南市第二医院', '韩城市人民医院', '蒲城县医院']);
  assert.equal(spec.config.data.datasets.length, 1);
  assert.deepEqual(spec.config.data.datasets[0].data, [3820.5, 1630, 910, 690]);
  const x = spec.config.options?.scales?.x as { title: { text: string } };
  assert.equal(x.title.text, '红细胞供应量（U）');
});
