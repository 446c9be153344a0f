import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../../electron/core/profile/parse-profile.ts';

const valid = {
  station: '渭南市中心血站', region: '渭南市',
  counties: [{ name: '华阴市', aliases: ['华阴'], population: { 2023: 205900, 2024: 205100 } }],
  hospitals: [{ name: '渭南市中心医院', aliases: ['市中心医院'] }],
  targets: { 2025: { 华阴市: 1500 } },
};

test('accepts the profile of the contract and keeps every figure', () => {
  const result = parseProfile(valid);
  assert.ok(result.ok);
  assert.deepEqual(result.value.counties[0], { name: '华阴市', aliases: ['华阴'], population: { 2023: 205900, 2024: 205100 } });
  assert.equal(result.value.targets['2025']['华阴市'], 1500);
  assert.equal(result.value.hospitals[0].aliases[0], '市中心医院');
});

test('lists every problem in Chinese, naming the field', () => {
  const result = parseProfile({ station: '', region: '渭南市', counties: [{ name: '华阴市', population: { 2024: -5, 今年: 3 } }] }, 'p.json');
  assert.equal(result.ok, false);
  if (result.ok) return;
  const messages = result.problems.map((p) => p.message);
  assert.deepEqual(new Set(messages), new Set([
    'station（血站名称）：缺少或不是文字',
    'counties（区县）[1].population（常住人口）.今年：年份应为四位数字',
    'counties（区县）[1].population（常住人口）.2024：应为非负数字',
  ]));
  assert.ok(result.problems.every((p) => p.file === 'p.json'));
});

test('rejects an alias shared by two counties, since matching a file would be a guess', () => {
  const result = parseProfile({ ...valid, counties: [
    { name: '临渭区', aliases: ['渭南'] }, { name: '高新区', aliases: ['渭南'] },
  ] });
  assert.equal(result.ok, false);
  if (!result.ok) assert.match(result.problems[0].message, /“渭南”重复出现（临渭区、高新区）/);
});

test('rejects a non-object root without throwing', () => {
  const result = parseProfile([1, 2]);
  assert.equal(result.ok, false);
});
