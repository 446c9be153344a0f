import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hospitalSupplyUnits } from '../../../electron/core/charts/hospital-supply-units.ts';
import { hospitalSupplyChart } from '../../../electron/core/charts/hospital-supply-chart.ts';
import { fixtureSummary } from './fixture-summary.ts';

test('supply is converted to U (100 ml plasma = 1 U, 1 治疗量 = 10 U) and sorted by total', () => {
  const rows = hospitalSupplyUnits(fixtureSummary());
  assert.deepEqual(rows[0], { name: '渭南市中心医院', redCells: 3820.5, plasma: 2150, platelets: 1600, cryo: 640, total: 8210.5 });
  assert.deepEqual(rows.map((r) => [r.name, r.total]), [
    ['渭南市中心医院', 8210.5], ['渭南市第二医院', 3270], ['韩城市人民医院', 1770], ['蒲城县医院', 1175],
  ]);
});

test('the chart stacks four components per hospital and writes the total at the end', () => {
  const spec = hospitalSupplyChart(fixtureSummary());
  assert.equal(spec.caption, '2025年第一季度各医疗机构供血量（折合U）');
  assert.deepEqual(spec.config.data.labels, ['渭南市中心医院', '渭南市第二医院', '韩城市人民医院', '蒲城县医院']);
  assert.deepEqual(spec.config.data.datasets.map((d) => d.label), ['红细胞类', '血浆（100 ml=1 U）', '单采血小板（1治疗量=10 U）', '冷沉淀']);
  assert.deepEqual(spec.config.data.datasets[0].data, [3820.5, 1630, 910, 690]);
  assert.deepEqual(spec.config.data.datasets[1].data, [2150, 980, 520, 405]);
  const x = spec.config.options?.scales?.x as { stacked: boolean; title: { text: string } };
  assert.equal(x.stacked, true);
  assert.equal(x.title.text, '供血量（U）');
});
