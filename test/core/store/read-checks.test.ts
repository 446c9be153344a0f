/**
 * Warnings are stored with their import (migration 2) and shown while the figures they are about are in force;
 * arrival times are the import time of the current version.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as XLSX from '@e965/xlsx';
import type { ParsedFile } from '../../../electron/core/model.ts';
import { parseInput } from '../../../electron/core/import/parse-input.ts';
import { openStore } from '../../../electron/core/store/open-store.ts';
import { PROFILE } from '../import/parse-fixture.ts';

const HEADER = ['区县', '全血人次', '全血采集量(U)', '机采血小板人次', '机采血小板治疗量'];

function parsed(name: string, rows: readonly (readonly unknown[])[]): ParsedFile {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['2025年4月各区县无偿献血采血情况'], HEADER, ...rows.map((r) => [...r])]), '4月');
  const result = parseInput({ name, bytes: XLSX.write(book, { bookType: 'xlsx', type: 'buffer' }) as Buffer }, PROFILE);
  if (!result.ok) assert.fail(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

const WARNED = [['华阴市', 120, 210, 2, 9], ['潼关县', 80, 140, 0, 0]];

test('a warning is stored with its import, structured by county and month, and read back for the months asked', () => {
  const store = openStore(':memory:');
  store.importFile(parsed('各区县4月.xlsx', WARNED), { replace: false, importedAt: '2025-05-08T02:00:00.000Z' });
  assert.deepEqual(store.warnings(['2025-04']).map((w) => [w.kind, w.subject, w.month, w.rule, w.sheet, w.cell, w.message]), [
    ['collection', '华阴市', '2025-04', '每人次治疗量', '4月', 'E3', '警告（规则“每人次治疗量”）：华阴市2025年4月的单采血小板治疗量9超过单采血小板人次2的3倍（每人次通常1—2个治疗量），请核对'],
  ]);
  assert.deepEqual(store.warnings(['2025-03']), []);
  store.close();
});

test('a warning on figures since replaced is no longer shown; deleting the import removes its warnings', () => {
  const store = openStore(':memory:');
  store.importFile(parsed('各区县4月.xlsx', WARNED), { replace: false, importedAt: '2025-05-08T02:00:00.000Z' });
  const corrected = store.importFile(parsed('各区县4月（更正）.xlsx', [['华阴市', 120, 210, 3, 5], ['潼关县', 80, 140, 0, 0]]), { replace: true, importedAt: '2025-05-12T02:00:00.000Z' });
  assert.equal(corrected.status, 'imported');
  assert.deepEqual(store.warnings(['2025-04']), []);
  if (corrected.status === 'imported') store.deleteImport(corrected.importId, '2025-05-13T02:00:00.000Z');
  assert.deepEqual(store.warnings(['2025-04']).map((w) => w.subject), ['华阴市'], 'the warned figures are current again, and so is their warning');
  const first = store.imports().at(-1)!;
  store.deleteImport(first.importId, '2025-05-14T02:00:00.000Z');
  assert.deepEqual(store.warnings(['2025-04']), []);
  store.close();
});

test('arrival is the import time of the current version: an identical re-import keeps it, a replacement moves it', () => {
  const store = openStore(':memory:');
  store.importFile(parsed('各区县4月.xlsx', WARNED), { replace: false, importedAt: '2025-05-08T02:00:00.000Z' });
  store.importFile(parsed('各区县4月-再发.xlsx', WARNED), { replace: false, importedAt: '2025-05-09T02:00:00.000Z' });
  assert.deepEqual(store.arrivals(['2025-04']).map((a) => [a.county, a.importedAt]), [['华阴市', '2025-05-08T02:00:00.000Z'], ['潼关县', '2025-05-08T02:00:00.000Z']]);
  store.importFile(parsed('各区县4月（更正）.xlsx', [['华阴市', 120, 210, 3, 5], ['潼关县', 80, 140, 0, 0]]), { replace: true, importedAt: '2025-05-12T02:00:00.000Z' });
  assert.deepEqual(store.arrivals(['2025-04']).map((a) => [a.county, a.importedAt]), [['华阴市', '2025-05-12T02:00:00.000Z'], ['潼关县', '2025-05-08T02:00:00.000Z']]);
  store.close();
});
