import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCount } from '../../../electron/core/format/format-count.ts';
import { formatUnits } from '../../../electron/core/format/format-units.ts';
import { formatPermille } from '../../../electron/core/format/format-permille.ts';
import { formatPercent } from '../../../electron/core/format/format-percent.ts';
import { formatWan } from '../../../electron/core/format/format-wan.ts';
import { orDash, EMPTY_CELL } from '../../../electron/core/format/empty-cell.ts';

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
