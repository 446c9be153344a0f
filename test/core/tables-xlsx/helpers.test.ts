import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkedHeaderCells } from '../../../electron/core/tables-xlsx/checked-header-cells.ts';
import { columnWidths } from '../../../electron/core/tables-xlsx/column-widths.ts';
import { sheetNames } from '../../../electron/core/tables-xlsx/sheet-names.ts';
import { noteLines, wrappedRowHeight } from '../../../electron/core/tables-xlsx/write-note-rows.ts';
import { cellValue } from '../../../electron/core/tables-xlsx/cell-value.ts';
import { sheetLayout } from '../../../electron/core/tables-xlsx/sheet-layout.ts';
import { countyTable } from './fixture-tables.ts';

test('header cells skip columns covered by a row span from above', () => {
  const placed = checkedHeaderCells(countyTable().header, 9, '表1');
  assert.deepEqual(placed.filter((c) => c.row === 1).map((c) => [c.text, c.col]), [['人次', 3], ['U', 4], ['人次', 5], ['治疗量', 6]]);
  assert.deepEqual(placed[3], { text: '全血', row: 0, col: 3, rowSpan: 1, colSpan: 2 });
});

test('a header that does not fill the columns is refused, naming the table and row', () => {
  const header = [[{ text: '区县' }, { text: '人次', colSpan: 2 }], [{ text: 'x' }]];
  assert.throws(() => checkedHeaderCells(header, 3, '表9'), /表格“表9”第2行表头与3列数据不一致/);
});

test('column widths are proportional to weights, never below 6 units', () => {
  assert.deepEqual(columnWidths([{ weight: 3, align: 'left' }, { weight: 1, align: 'right' }], 40), [30, 10]);
  assert.deepEqual(columnWidths([{ weight: 20, align: 'left' }, { weight: 1, align: 'right' }], 42), [40, 6]);
});

test('sheet names drop forbidden characters, fit 31 characters and stay unique', () => {
  assert.deepEqual(sheetNames(['表1  采血/供血[汇总]', '表1 采血供血汇总', '']), ['表1 采血供血汇总', '表1 采血供血汇总(2)', '表3']);
  const long = sheetNames(['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三', '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三']);
  assert.deepEqual(long.map((n) => n.length), [31, 31]);
  assert.ok(long[1].endsWith('(2)'));
});

test('the first note carries 说明：, later notes hang under it', () => {
  assert.deepEqual(noteLines(['数据来源：月报表。', '排名按千人口献血率。']), ['说明：数据来源：月报表。', '\u3000\u3000\u3000排名按千人口献血率。']);
  assert.deepEqual(noteLines(['说明：已写明。']), ['说明：已写明。']);
});

test('wrapped rows grow by lines, CJK counting double', () => {
  assert.equal(wrappedRowHeight('说明：短', 140, 10), 15);
  assert.equal(wrappedRowHeight('说'.repeat(71), 140, 10), 30);
  assert.equal(wrappedRowHeight('a'.repeat(141), 140, 10), 30);
});

test('cells take the raw number, else the printed text, else nothing', () => {
  const row = { cells: ['临渭区', '4077', '—', ''], values: ['临渭区', 4077, null, null] };
  assert.deepEqual([0, 1, 2, 3].map((i) => cellValue(row, i)), ['临渭区', 4077, '—', null]);
  assert.equal(cellValue({ cells: ['12'] }, 0), '12');
});

test('sheet layout', () => {
  assert.deepEqual(sheetLayout(countyTable()), {
    columns: 9, titleRow: 1, unitRow: 2, headerFirst: 3, headerLast: 4, bodyFirst: 5, bodyLast: 8, notesFirst: 9, lastRow: 10,
  });
});
