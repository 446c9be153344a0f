/**
 * Deleting an import removes everything it stored, in one transaction: a version it replaced is current
 * again, a later version's history skips it, a month it alone held is empty; the act is logged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DELETION_LOG } from '../../../electron/core/store/delete-import.ts';
import { openStore } from '../../../electron/core/store/open-store.ts';
import { collection, figures, parsedFile, supply } from './parsed-file.ts';

const AT = (day: number, replace = false) => ({ replace, importedAt: `2025-02-${String(day).padStart(2, '0')}T02:00:00.000Z` });
const donors = (store: ReturnType<typeof openStore>) => store.collections(['2025-01', '2025-02']).map((r) => `${r.county} ${r.month} ${r.wholeBloodDonors}`);
const FIRST = collection('华阴市', '2025-01', figures(812, 1624.5, 31, 40), '华阴1月.xlsx');
const SECOND = collection('华阴市', '2025-01', figures(820, 1640, 31, 40), '华阴1月-更正.xlsx');
const THIRD = collection('华阴市', '2025-01', figures(830, 1660, 31, 40), '华阴1月-再更正.xlsx');
const FEB = collection('华阴市', '2025-02', figures(700, 1400, 20, 30), '华阴1月-更正.xlsx');

test('deleting a correction brings the figures it replaced back, and removes what only it held', () => {
  const store = openStore(':memory:');
  store.importFile(parsedFile('华阴1月.xlsx', [FIRST]), AT(3));
  const second = store.importFile(parsedFile('华阴1月-更正.xlsx', [SECOND, FEB], [supply('渭南市中心医院', '2025-01', { redCellsU: 10, plasmaMl: 1000, plateletDoses: 1, cryoU: 2 }, '华阴1月-更正.xlsx')]), AT(4, true));
  assert.equal(second.status, 'imported');
  const id = second.status === 'imported' ? second.importId : 0;
  assert.deepEqual(donors(store), ['华阴市 2025-01 820', '华阴市 2025-02 700']);

  const plan = store.planDeletion(id);
  assert.deepEqual(plan?.versions.map((v) => [v.kind, v.subject, v.month, v.afterwards]), [
    ['collection', '华阴市', '2025-01', 'previous'], ['collection', '华阴市', '2025-02', 'none'], ['supply', '渭南市中心医院', '2025-01', 'none'],
  ]);
  assert.deepEqual(donors(store), ['华阴市 2025-01 820', '华阴市 2025-02 700'], 'planning changes nothing');

  assert.deepEqual(store.deleteImport(id, '2025-02-05T01:00:00.000Z'), plan);
  assert.deepEqual(donors(store), ['华阴市 2025-01 812']);
  assert.deepEqual(store.supplies(['2025-01']), []);
  assert.deepEqual(store.history({ kind: 'collection', county: '华阴市', month: '2025-01' }).map((v) => [v.record.wholeBloodDonors, v.current]), [[812, true]]);
  assert.deepEqual(store.imports().map((i) => i.file), ['华阴1月.xlsx']);
  assert.deepEqual((store.getSetting(DELETION_LOG) as { at: string; file: string }[]).map((e) => [e.at, e.file]), [['2025-02-05T01:00:00.000Z', '华阴1月-更正.xlsx']]);
  assert.equal(store.deleteImport(id, '2025-02-05T01:00:00.000Z'), null);
  store.close();
});

test('deleting the middle of three versions leaves the newest current and its history linked to the oldest', () => {
  const store = openStore(':memory:');
  store.importFile(parsedFile('华阴1月.xlsx', [FIRST]), AT(3));
  const middle = store.importFile(parsedFile('华阴1月-更正.xlsx', [SECOND]), AT(4, true));
  store.importFile(parsedFile('华阴1月-再更正.xlsx', [THIRD]), AT(5, true));
  const id = middle.status === 'imported' ? middle.importId : 0;
  assert.deepEqual(store.planDeletion(id)?.versions.map((v) => v.afterwards), ['later']);
  store.deleteImport(id, '2025-02-06T01:00:00.000Z');
  assert.deepEqual(donors(store), ['华阴市 2025-01 830']);
  assert.deepEqual(store.history({ kind: 'collection', county: '华阴市', month: '2025-01' }).map((v) => [v.record.wholeBloodDonors, v.current]), [[830, true], [812, false]]);
  store.close();
});
