import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findHeader } from '../../../electron/core/import/find-header.ts';
import { gridOf } from './grid-of.ts';

const roles = (header: ReturnType<typeof findHeader>) => header?.columns.map((c) => c.role && ('field' in c.role ? c.role.field : c.role.role));

test('a title line and a line of labelled cells above a one-level header are not parent labels', () => {
  const header = findHeader(gridOf([
    ['华阴市2025年1月采血情况'],
    ['区县：', '华阴市', '统计月份：2025年1月'],
    ['采血点', '全血人次', '全血采集量(U)', '机采血小板人次', '机采血小板治疗量'],
    ['献血屋', 1, 2, 3, 4],
  ]));
  assert.deepEqual([header?.top, header?.depth, header?.kind], [2, 1, 'collection']);
  assert.deepEqual(roles(header), [null, 'wholeBloodDonors', 'wholeBloodUnits', 'plateletDonors', 'plateletDoses']);
});

test('a two-level header without merges (CSV): the parent label carries over the children to its right', () => {
  const header = findHeader(gridOf([
    ['区县', '全血', null, '机采血小板', null, '备注'],
    [null, '人次', '单位(U)', '人次', '治疗量', null],
    ['华阴', 1, 2, 3, 4, null],
  ]));
  assert.deepEqual([header?.top, header?.depth], [0, 2]);
  assert.deepEqual(header?.columns.map((c) => c.label.text), ['区县', '全血人次', '全血单位(U)', '机采血小板人次', '机采血小板治疗量', '备注']);
  assert.deepEqual(roles(header), ['county', 'wholeBloodDonors', 'wholeBloodUnits', 'plateletDonors', 'plateletDoses', null]);
});

test('a supply header is recognised as supply; plasma in U converts ×100 to ml', () => {
  const header = findHeader(gridOf([['用血单位', '悬浮红细胞', '血浆(U)', '血小板', '冷沉淀']]));
  assert.equal(header?.kind, 'supply');
  assert.deepEqual(header?.columns.map((c) => c.role), [
    { role: 'hospital' },
    { role: 'figure', kind: 'supply', field: 'redCellsU', factor: 1, generic: false },
    { role: 'figure', kind: 'supply', field: 'plasmaMl', factor: 100, generic: true },
    { role: 'figure', kind: 'supply', field: 'plateletDoses', factor: 1, generic: true },
    { role: 'figure', kind: 'supply', field: 'cryoU', factor: 1, generic: true },
  ]);
});

test('no header in an instructions sheet', () => {
  assert.equal(findHeader(gridOf([['填表说明'], ['1. 人次填整数，采集量按U填写。']])), null);
});

test('a title split over cells ("华阴市 | 2025年1月") above a one-level header is not a parent row', () => {
  const header = findHeader(gridOf([
    ['华阴市', '2025年1月'],
    ['采血点', '全血人次', '全血采集量(U)', '机采血小板人次', '机采血小板治疗量'],
    ['献血屋', 1, 2, 3, 4],
  ]));
  assert.deepEqual([header?.top, header?.depth], [1, 1]);
});
