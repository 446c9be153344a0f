import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseInput } from '../../../electron/core/import/parse-input.ts';
import type { Problem } from '../../../electron/core/model.ts';
import { PROFILE } from './parse-fixture.ts';

const csv = (text: string) => new TextEncoder().encode(text);

function problemsOf(name: string, text: string): readonly Problem[] {
  const result = parseInput({ name, bytes: csv(text) }, PROFILE);
  return result.ok ? [] : result.problems;
}

test('a county sheet with 首次/再次 and ABO columns carries them as the breakdown, summed over its sites', () => {
  const text = '采血点,全血人次,全血采集量(U),机采人次,治疗量,首次献血人次,再次献血人次,A型,B型,O型,AB型\r\n'
    + '献血屋,60,100,4,6,20,44,20,16,22,6\r\n采血车,40,70,0,0,15,25,10,12,14,4\r\n';
  const result = parseInput({ name: '华阴市2025年1月.csv', bytes: csv(text) }, PROFILE);
  assert.ok(result.ok, result.ok ? '' : result.problems.map((p) => p.message).join('\n'));
  const [record] = result.value.collections;
  assert.deepEqual([record.wholeBloodDonors, record.plateletDonors], [100, 4]);
  assert.deepEqual(record.breakdown, { firstTime: 35, repeat: 69, abo: { A: 30, B: 28, O: 36, AB: 10 } });
});

test('only 首次献血人次 given: 再次 is the rest of 献血人次; a share column (首次献血比例) is not a figure', () => {
  const text = '全血人次,全血采集量(U),机采人次,治疗量,首次献血人次,首次献血比例(%)\r\n100,170,4,6,35,33.7\r\n';
  const result = parseInput({ name: '华阴市2025年1月.csv', bytes: csv(text) }, PROFILE);
  assert.ok(result.ok);
  assert.deepEqual(result.value.collections[0].breakdown, { firstTime: 35, repeat: 69 });
});

test('breakdowns must equal their totals row by row (issue 11), naming the row and cell', () => {
  const text = '采血点,全血人次,全血采集量(U),机采人次,治疗量,首次献血人次,再次献血人次,A型,B型,O型,AB型\r\n'
    + '献血屋,60,100,4,6,20,40,20,16,22,6\r\n采血车,40,70,0,0,15,25,10,12,14,5\r\n';
  assert.deepEqual(problemsOf('华阴市2025年1月.csv', text).map((p) => [p.cell, p.message]), [
    ['F2', '第2行首次与再次献血人次之和为60（自F2起），而全血人次与单采血小板人次之和为64，两者不符：请核对后改正'],
    ['H3', '第3行A、B、O、AB各型人次之和为41（自H3起），而全血人次与单采血小板人次之和为40，两者不符：请核对后改正'],
  ]);
});

test('首次献血人次 larger than 献血人次 is refused by the rule on the county-month', () => {
  const problems = problemsOf('华阴市2025年1月.csv', '全血人次,全血采集量(U),机采人次,治疗量,首次献血人次\r\n100,170,4,6,120\r\n');
  assert.deepEqual(problems.map((p) => p.message), ['规则“首次与再次献血人次”：华阴市2025年1月首次献血120人次、再次献血-16人次，与献血人次104（全血100＋单采血小板4）不符：请核对']);
});

test('blood groups must come as all four: a sheet with A型 and B型 only is refused, saying which are missing', () => {
  const problems = problemsOf('华阴市2025年1月.csv', '全血人次,全血采集量(U),机采人次,治疗量,A型,B型\r\n100,170,4,6,50,54\r\n');
  assert.deepEqual(problems.map((p) => p.message), ['表中有血型分列，但缺少O型、AB型列：A、B、O、AB四型应一并填报（各型人次之和应等于献血人次）']);
});
