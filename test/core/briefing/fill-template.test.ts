import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillTemplate, templatePlaceholders } from '../../../electron/core/briefing/fill-template.ts';

test('fills named placeholders, repeatedly and with numbers', () => {
  assert.equal(fillTemplate('{whole}共采集{donors}人次，{whole}合计', { whole: '全市', donors: 10402 }), '全市共采集10402人次，全市合计');
  assert.equal(fillTemplate('无占位符', {}), '无占位符');
});

test('an unknown placeholder is an error naming it and the known ones', () => {
  assert.throws(() => fillTemplate('共采集{total}人次', { donors: '10402' }), {
    message: '措辞模板“共采集{total}人次”中的占位符{total}无法填写（可用：{donors}）',
  });
  assert.throws(() => fillTemplate('{x}', {}), /占位符\{x\}无法填写（可用：无）/);
});

test('lists placeholders once, in order', () => {
  assert.deepEqual(templatePlaceholders('{a}比{b}多{a}'), ['a', 'b']);
});
