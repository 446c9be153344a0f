/**
 * Restoring an earlier version of a county-month, and undoing (and redoing) deletions and restores, inside the
 * database: each is a logged act, reversed exactly, and refused without a change when later data stands in the way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../../electron/core/store/open-store.ts';
import { collection, figures, parsedFile, supply } from './parsed-file.ts';

const AT = (day: number, replace = false) => ({ replace, importedAt: `2025-03-${String(day).padStart(2, '0')}T02:00:00.000Z` });
const KEY = { kind: 'collection', county: '临渭区', month: '2025-03' } as const;
const march = (donors: number, file: string) => collection('临渭区', '2025-03', figures(donors, donors * 2, 10, 12), file);
const history = (store: ReturnType<typeof openStore>) => store.history(KEY).map((v) => `${v.versionId}:${v.record.wholeBloodDonors}${v.current ? '*' : ''}`);

function threeVersions() {
  const store = openStore(':memory:');
  store.importFile(parsedFile('临渭3月.xlsx', [march(1000, '临渭3月.xlsx')]), AT(1));
  store.importFile(parsedFile('临渭3月-更正.xlsx', [march(1010, '临渭3月-更正.xlsx')], [supply('渭南市中心医院', '2025-03', { redCellsU: 5, plasmaMl: 500, plateletDoses: 1, cryoU: 1 }, '临渭3月-更正.xlsx')]), AT(2, true));
  store.importFile(parsedFile('临渭3月-再更正.xlsx', [march(1020, '临渭3月-再更正.xlsx')]), AT(3, true));
  return store;
}

test('restoring an earlier version makes it current, keeps the others, and undo puts the newest back', () => {
  const store = threeVersions();
  assert.deepEqual(history(store), ['3:1020*', '2:1010', '1:1000']);
  const restored = store.restoreVersion('collection', 1, '2025-03-10T01:00:00.000Z');
  assert.deepEqual({ from: restored.from, to: restored.to, key: restored.key }, { from: 3, to: 1, key: KEY });
  assert.deepEqual(history(store), ['3:1020', '2:1010', '1:1000*']);
  assert.equal(store.collections(['2025-03'])[0]?.wholeBloodDonors, 1000);
  assert.match(store.acts()[0]!.summary, /临渭区 2025年3月 恢复为版本 1（临渭3月\.xlsx/);

  const undone = store.undo('2025-03-10T02:00:00.000Z');
  assert.deepEqual([undone?.kind, undone?.target], ['undo', restored.actId]);
  assert.deepEqual(history(store), ['3:1020*', '2:1010', '1:1000']);
  const redone = store.redo('2025-03-10T03:00:00.000Z');
  assert.equal(redone?.kind, 'redo');
  assert.deepEqual(history(store), ['3:1020', '2:1010', '1:1000*']);
  assert.deepEqual(store.acts().map((a) => [a.kind, a.undoneBy]), [['redo', null], ['undo', redone!.actId], ['restore-version', null]]);
  store.close();
});

test('a restore is refused in Chinese for a current, unknown or deleted version, and nothing is logged', () => {
  const store = threeVersions();
  assert.throws(() => store.restoreVersion('collection', 3, 'x'), /版本 3 已是 临渭区 2025年3月 的当前数据，未作改动/);
  assert.throws(() => store.restoreVersion('collection', 99, 'x'), /没有编号为 99 的采血数据版本/);
  store.deleteImport(2, '2025-03-11T00:00:00.000Z');
  assert.throws(() => store.restoreVersion('collection', 2, 'x'), /所属的导入（临渭3月-更正\.xlsx）已删除：请先撤销那次删除/);
  assert.deepEqual(store.acts().map((a) => a.kind), ['delete-import']);
  store.close();
});

test('undoing a deletion brings the import back with every version it stored, current where it was', () => {
  const store = threeVersions();
  store.deleteImport(3, '2025-03-11T00:00:00.000Z');
  store.deleteImport(2, '2025-03-11T00:01:00.000Z');
  assert.deepEqual(history(store), ['1:1000*']);
  assert.deepEqual(store.supplies(['2025-03']), []);
  store.undo('2025-03-11T00:02:00.000Z');
  assert.deepEqual(history(store), ['2:1010*', '1:1000']);
  assert.equal(store.supplies(['2025-03'])[0]?.redCellsU, 5);
  assert.deepEqual(store.imports().map((i) => i.importId), [2, 1]);
  store.undo('2025-03-11T00:03:00.000Z');
  assert.deepEqual(history(store), ['3:1020*', '2:1010', '1:1000']);
  assert.equal(store.undo('2025-03-11T00:04:00.000Z'), null, 'nothing left to undo');
  store.close();
});

test('an undo that later data would contradict is refused, naming the county-month, and changes nothing', () => {
  const store = threeVersions();
  store.deleteImport(3, '2025-03-11T00:00:00.000Z');
  store.importFile(parsedFile('临渭3月-第四版.xlsx', [march(1030, '临渭3月-第四版.xlsx')]), AT(12, true));
  const before = history(store);
  assert.throws(() => store.undo('2025-03-12T00:00:00.000Z'), /无法撤销第 1 项操作（删除第 3 次导入 临渭3月-再更正\.xlsx（1 项））：临渭区 2025-03 的数据此后又被之后的导入或操作改动过/);
  assert.deepEqual(history(store), before);
  assert.deepEqual(store.acts().map((a) => a.kind), ['delete-import']);
  store.close();
});

test('a new act ends what can be redone', () => {
  const store = threeVersions();
  store.restoreVersion('collection', 1, 'a');
  store.undo('b');
  store.restoreVersion('collection', 2, 'c');
  assert.equal(store.redo('d'), null);
  assert.deepEqual(history(store), ['3:1020', '2:1010*', '1:1000']);
  store.close();
});
