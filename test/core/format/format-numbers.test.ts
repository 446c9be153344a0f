import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeDirection, EMPTY_CELL, formatChange, formatCount, formatFixed, formatPercent, formatPermille, formatUnits, formatWan, orDash } from '../../../electron/core/format/format-numbers.ts';

test('fixed decimals, half away from zero, no separators', () => {
  assert.equal(formatFixed(2.25, 2), '2.25');
  assert.equal(formatFixed(2, 2), '2.00');
  assert.equal(formatFixed(1.005, 2), '1.01');
  assert.equal(formatFixed(0.05, 1), '0.1');
  assert.equal(formatFixed(0.04, 1), '0.0');
  assert.equal(formatFixed(-3.05, 1), '-3.1');
  assert.equal(formatFixed(-0.04, 1), '0.0');
  assert.equal(formatFixed(10402, 0), '10402');
  assert.equal(formatFixed(1234567.891, 2), '1234567.89');
});

test('counts print whole and without thousands separators', () => {
  assert.equal(formatCount(10402), '10402');
  assert.equal(formatCount(0), '0');
});

test('U with up to one decimal', () => {
  assert.equal(formatUnits(19920), '19920');
  assert.equal(formatUnits(1.5), '1.5');
  assert.equal(formatUnits(1.25), '1.3');
  assert.equal(formatUnits(8802.04), '8802');
});

test('‰ with two decimals, % with one', () => {
  assert.equal(formatPermille(2.25), '2.25‰');
  assert.equal(formatPermille(3), '3.00‰');
  assert.equal(formatPercent(3.1), '3.1%');
  assert.equal(formatPercent(25), '25.0%');
  assert.equal(formatPercent(2.45), '2.5%');
});

test('万人 with one decimal, half-up', () => {
  assert.equal(formatWan(4619000), '461.9');
  assert.equal(formatWan(205100), '20.5');
  assert.equal(formatWan(118450), '11.8');
  assert.equal(formatWan(118550), '11.9');
});

test('null cells print a dash', () => {
  assert.equal(orDash(null, formatCount), EMPTY_CELL);
  assert.equal(orDash(3.1, formatPercent), '3.1%');
});

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
