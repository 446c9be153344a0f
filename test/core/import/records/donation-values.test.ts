import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aboOf, firstTimeOf, modeOf, plateletDoses, rhdOf, wholeBloodMl } from '../../../../electron/core/import/records/donation-values.ts';
import { readDonationDate } from '../../../../electron/core/import/records/read-donation-date.ts';

test('amounts: 200/300/400 ml whole blood in the spellings exports use; 1 or 2 治疗量; anything else is refused', () => {
  assert.deepEqual(['400', '400ml', '300 毫升', '200.0', 400, '250', '4000', ''].map((v) => wholeBloodMl(v)), [400, 400, 300, 200, 400, null, null, null]);
  assert.deepEqual(['1', '2个治疗量', '1人份', 2, '3', '0.5'].map((v) => plateletDoses(v)), [1, 2, 1, 2, null, null]);
});

test('首次/再次, ABO, RhD and 团体/个人 in their usual spellings', () => {
  assert.deepEqual(['首次', '初次献血', '是', '1', '再次', '重复', '否', '0', '3', '不详'].map(firstTimeOf), [true, true, true, true, false, false, false, false, false, undefined]);
  assert.deepEqual(['A', 'AB型', 'ｏ型', 'B型Rh+', 'C', ''].map(aboOf), ['A', 'AB', 'O', 'B', undefined, undefined]);
  assert.deepEqual(['阴性', 'Rh(D)阴性', '-', '阳性', '+', 'pos', '?'].map(rhdOf), [true, true, true, false, false, false, undefined]);
  assert.deepEqual(['团体', '单位组织', '学校', '个人', '街头', '其他'].map(modeOf), [true, true, true, false, false, undefined]);
});

test('donation dates: Excel serial days and the text forms, with impossible days refused', () => {
  assert.deepEqual([{ excelDate: 45658 }, 45688.5, '2025-01-05', '2025/2/28 14:30', '2025年3月1日', '20250331', '2025-02-29', '2025-13-01', '1899-12-31', '合计'].map(readDonationDate),
    ['2025-01', '2025-01', '2025-01', '2025-02', '2025-03', '2025-03', null, null, null, null]);
});
