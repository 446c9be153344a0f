import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatChange } from '../../../electron/core/format/format-change.ts';
import { changeDirection } from '../../../electron/core/format/change-direction.ts';

test('rises, falls and level in official words', () => {
  assert.equal(formatChange({ delta: 312, percent: 3.1 }, '人次'), '增加312人次、增长3.1%');
  assert.equal(formatChange({ delta: -50, percent: -5 }, '人次'), '减少50人次、下降5.0%');
  assert.equal(formatChange({ delta: 0, percent: 0 }, '人次'), '持平');
  assert.equal(formatChange({ delta: 1.5, percent: null }, 'U'), '增加1.5U');
});

test('direction of a change', () => {
  assert.deepEqual([5, -0.1, 0].map(changeDirection), ['up', 'down', 'flat']);
});

test('words can be replaced', () => {
  const words = { up: { count: '多', percent: '升' }, down: { count: '少', percent: '降' }, flat: { count: '平', percent: '平' } };
  assert.equal(formatChange({ delta: -2, percent: -10 }, '份', words), '少2份、降10.0%');
});
