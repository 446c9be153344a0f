import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exactNamed, findNamed } from '../../../electron/core/import/find-named.ts';

const COUNTIES = [
  { name: '华阴市', aliases: ['华阴'] },
  { name: '临渭区', aliases: ['临渭'] },
  { name: '华州区', aliases: ['华州', '华县'] },
];

test('aliases match and the longest spelling wins', () => {
  assert.deepEqual(findNamed('华阴2025年1月', COUNTIES), ['华阴市']);
  assert.deepEqual(findNamed('华阴市2025年1月', COUNTIES), ['华阴市']);
  assert.deepEqual(findNamed('华阴市、华州区', COUNTIES), ['华阴市', '华州区']);
});

test('the region name alone is not a county', () => {
  assert.deepEqual(findNamed('渭南市2025年第一季度各县区采血情况', COUNTIES), []);
});

test('exact match ignores spaces and width, not extra words', () => {
  assert.equal(exactNamed(' 华 阴 ', COUNTIES), '华阴市');
  assert.equal(exactNamed('华阴市献血屋', COUNTIES), undefined);
});
