import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { MIGRATIONS } from '../../../electron/core/store/migrations.ts';
import { openStore } from '../../../electron/core/store/open-store.ts';
import { describeConflict } from '../../../electron/core/pipeline/describe-conflict.ts';
import type { CollectionConflict } from '../../../electron/core/store/store.ts';
import { collection, figures, parsedFile, sha, supply } from './parsed-file.ts';

const AT = { replace: false, importedAt: '2025-02-03T02:00:00.000Z' };
const Q1 = ['2025-01', '2025-02', '2025-03'];
const HUAYIN_JAN = collection('华阴市', '2025-01', figures(812, 1624.5, 31, 40), '华阴1月.xlsx', '1月');
const HANCHENG_JAN = collection('韩城市', '2025-01', figures(1200, 2400, 50, 61), '韩城1月.xlsx');
const HOSPITAL_JAN = supply('渭南市中心医院', '2025-01', { redCellsU: 930.5, plasmaMl: 81250, plateletDoses: 77, cryoU: 120.5 }, '供血1月.xlsx');

function withTempDir(work: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'blood-brief-store-'));
  try {
    work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function rowCounts(path: string): Record<string, number> {
  const db = new DatabaseSync(path, { readOnly: true });
  const count = (table: string) => Number((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
  const counts = { imports: count('imports'), collections: count('collection_versions'), supplies: count('supply_versions') };
  db.close();
  return counts;
}

test('records, fractional units and per-figure sources round-trip exactly', () => {
  const store = openStore(':memory:');
  const outcome = store.importFile(parsedFile('混合1月.xlsx', [HUAYIN_JAN, HANCHENG_JAN], [HOSPITAL_JAN]), AT);
  assert.deepEqual(outcome, { status: 'imported', importId: 1, added: 3, replaced: 0, unchanged: 0 });
  assert.deepEqual(store.collections(Q1), [HUAYIN_JAN, HANCHENG_JAN].sort((a, b) => a.county < b.county ? -1 : 1));
  assert.deepEqual(store.supplies(Q1), [HOSPITAL_JAN]);
  assert.equal(store.collections(Q1).find((r) => r.county === '华阴市')?.wholeBloodUnits, 1624.5);
  assert.deepEqual(store.collections(['2025-04']), []);
  assert.deepEqual(store.storedMonths(), [{ county: '华阴市', month: '2025-01' }, { county: '韩城市', month: '2025-01' }]);
  store.close();
});

test('the import log records file, hash, time and what the file produced', () => {
  const store = openStore(':memory:');
  const parsed = { ...parsedFile('混合1月.xlsx', [HUAYIN_JAN, HANCHENG_JAN], [HOSPITAL_JAN]), notices: [{ file: '混合1月.xlsx', sheet: '隐藏', message: '跳过隐藏工作表' }] };
  store.importFile(parsed, AT);
  assert.deepEqual(store.imports(), [{
    importId: 1, file: '混合1月.xlsx', sha256: sha('混合1月.xlsx'), importedAt: AT.importedAt, kinds: ['collection', 'supply'],
    added: 3, replaced: 0, unchanged: 0, counties: ['华阴市', '韩城市'].sort(), hospitals: ['渭南市中心医院'], months: ['2025-01'],
    notices: parsed.notices,
  }]);
  assert.deepEqual(store.sources(Q1), [{ file: '混合1月.xlsx', sha256: sha('混合1月.xlsx'), kind: 'mixed', importedAt: AT.importedAt }]);
  assert.deepEqual(store.sources(['2024-12']), []);
  store.close();
});

test('sources name each file by what it contributes to the months asked for', () => {
  const store = openStore(':memory:');
  store.importFile(parsedFile('华阴1月.xlsx', [HUAYIN_JAN]), AT);
  store.importFile(parsedFile('供血1月.xlsx', [], [HOSPITAL_JAN]), AT);
  store.importFile(parsedFile('华阴4月.xlsx', [collection('华阴市', '2025-04', figures(1, 1, 0, 0), '华阴4月.xlsx')]), AT);
  assert.deepEqual(store.sources(Q1).map((s) => [s.file, s.kind]), [['华阴1月.xlsx', 'collection'], ['供血1月.xlsx', 'supply']]);
  assert.deepEqual(store.sources(['2025-04']).map((s) => s.file), ['华阴4月.xlsx']);
  store.close();
});

test('identical figures from another file name are a strict no-op: nothing written, not even the log', () => {
  withTempDir((dir) => {
    const path = join(dir, 'store.sqlite');
    const store = openStore(path);
    store.importFile(parsedFile('华阴1月.xlsx', [HUAYIN_JAN], [HOSPITAL_JAN]), AT);
    const before = rowCounts(path);
    const copy = parsedFile('华阴1月-副本.xlsx', [{ ...HUAYIN_JAN, sources: collection('华阴市', '2025-01', HUAYIN_JAN, '华阴1月-副本.xlsx').sources }], [HOSPITAL_JAN]);
    const outcome = store.importFile(copy, { replace: true, importedAt: '2025-03-01T00:00:00.000Z' });
    assert.deepEqual(outcome, { status: 'unchanged', unchanged: 2 });
    assert.deepEqual(rowCounts(path), before);
    assert.deepEqual(before, { imports: 1, collections: 1, supplies: 1 });
    assert.equal(store.collections(Q1)[0].sources.wholeBloodDonors.file, '华阴1月.xlsx');
    assert.equal(store.imports().length, 1);
    store.close();
  });
});

test('different figures are a conflict: the whole file is refused and both sources are named', () => {
  const store = openStore(':memory:');
  store.importFile(parsedFile('华阴1月.xlsx', [HUAYIN_JAN]), AT);
  const revised = collection('华阴市', '2025-01', { ...HUAYIN_JAN, wholeBloodDonors: 815 }, '华阴1月-修订.xlsx', 'Sheet1', 6);
  const outcome = store.importFile(parsedFile('华阴1月-修订.xlsx', [revised, HANCHENG_JAN]), AT);
  assert.equal(outcome.status, 'conflict');
  assert.ok(outcome.status === 'conflict');
  assert.equal(outcome.conflicts.length, 1);
  const [conflict] = outcome.conflicts as readonly CollectionConflict[];
  assert.deepEqual(conflict.key, { kind: 'collection', county: '华阴市', month: '2025-01' });
  // Stored one cell per figure (the form before ranges), named as one range for the whole record.
  assert.deepEqual(conflict.stored.source, { file: '华阴1月.xlsx', sheet: '1月', cells: ['C5:F5'] });
  assert.equal(conflict.stored.sha256, sha('华阴1月.xlsx'));
  assert.equal(conflict.stored.importedAt, AT.importedAt);
  assert.equal(conflict.stored.figures.wholeBloodDonors, 812);
  assert.equal(conflict.incoming.figures.wholeBloodDonors, 815);
  assert.equal(conflict.incoming.sha256, sha('华阴1月-修订.xlsx'));
  assert.deepEqual(conflict.incoming.sources, revised.sources);
  assert.equal(describeConflict(conflict),
    '华阴市 2025年1月 已有数据（来自 华阴1月.xlsx 工作表“1月” C5:F5（共4个单元格），导入于2025年2月3日）与本文件（华阴1月-修订.xlsx 工作表“Sheet1” C6:F6（共4个单元格））不一致：全血人次 812 → 815。'
    + '如确认新数据正确，请选择“替换”（命令行加 --replace）；原数据将保留在历史记录中。');
  // Refused means refused: the new county in the same file was not stored either.
  assert.deepEqual(store.collections(Q1), [HUAYIN_JAN]);
  assert.equal(store.imports().length, 1);
  store.close();
});

test('replace stores the new version as current and keeps the old one in history', () => {
  const store = openStore(':memory:');
  store.importFile(parsedFile('华阴1月.xlsx', [HUAYIN_JAN]), AT);
  const revised = collection('华阴市', '2025-01', { ...HUAYIN_JAN, wholeBloodDonors: 815 }, '华阴1月-修订.xlsx');
  const outcome = store.importFile(parsedFile('华阴1月-修订.xlsx', [revised]), { replace: true, importedAt: '2025-02-10T01:00:00.000Z' });
  assert.deepEqual(outcome, { status: 'imported', importId: 2, added: 0, replaced: 1, unchanged: 0 });
  assert.deepEqual(store.collections(Q1), [revised]);
  const history = store.history({ kind: 'collection', county: '华阴市', month: '2025-01' });
  assert.deepEqual(history.map((v) => [v.current, v.file, v.sha256, v.importedAt, v.record.wholeBloodDonors]), [
    [true, '华阴1月-修订.xlsx', sha('华阴1月-修订.xlsx'), '2025-02-10T01:00:00.000Z', 815],
    [false, '华阴1月.xlsx', sha('华阴1月.xlsx'), AT.importedAt, 812],
  ]);
  assert.deepEqual(history[1].record, HUAYIN_JAN);
  assert.ok(history[0].versionId > history[1].versionId);
  assert.deepEqual(store.sources(Q1).map((s) => s.file), ['华阴1月-修订.xlsx']);
  assert.deepEqual(store.storedMonths(), [{ county: '华阴市', month: '2025-01' }]);
  store.close();
});

test('replacing back to an older version adds a third version; nothing is ever deleted', () => {
  const store = openStore(':memory:');
  const revised = collection('华阴市', '2025-01', { ...HUAYIN_JAN, plateletDoses: 41 }, '修订.xlsx');
  store.importFile(parsedFile('华阴1月.xlsx', [HUAYIN_JAN]), AT);
  store.importFile(parsedFile('修订.xlsx', [revised]), { ...AT, replace: true });
  store.importFile(parsedFile('华阴1月.xlsx', [HUAYIN_JAN]), { ...AT, replace: true });
  const history = store.history({ kind: 'collection', county: '华阴市', month: '2025-01' });
  assert.deepEqual(history.map((v) => [v.current, v.record.plateletDoses]), [[true, 40], [false, 41], [false, 40]]);
  assert.equal(store.imports().length, 3);
  store.close();
});

test('a file imported twice is listed once among the sources, with its first import time', () => {
  const store = openStore(':memory:');
  const quarter = (file: string, jan: number) => parsedFile(file, [
    collection('华阴市', '2025-01', figures(jan, 1624, 31, 40), file), collection('华阴市', '2025-02', figures(790, 1580, 28, 33), file)]);
  store.importFile(quarter('一季度.xlsx', 812), AT);
  store.importFile(parsedFile('更正.xlsx', [collection('华阴市', '2025-01', figures(900, 1624, 31, 40), '更正.xlsx')]), { ...AT, replace: true });
  store.importFile(quarter('一季度.xlsx', 812), { replace: true, importedAt: '2025-04-01T00:00:00.000Z' });
  assert.equal(store.imports().length, 3);
  assert.deepEqual(store.sources(Q1), [{ file: '一季度.xlsx', sha256: sha('一季度.xlsx'), kind: 'collection', importedAt: AT.importedAt }]);
  store.close();
});

test('supplies conflict and keep history per hospital-month too', () => {
  const store = openStore(':memory:');
  store.importFile(parsedFile('供血1月.xlsx', [], [HOSPITAL_JAN]), AT);
  const revised = supply('渭南市中心医院', '2025-01', { ...HOSPITAL_JAN, plasmaMl: 81350 }, '供血1月-修订.xlsx');
  const refused = store.importFile(parsedFile('供血1月-修订.xlsx', [], [revised]), AT);
  assert.ok(refused.status === 'conflict');
  assert.match(describeConflict(refused.conflicts[0]), /^渭南市中心医院 2025年1月 已有数据（来自 供血1月\.xlsx 工作表“供血” B4:E4（共4个单元格），.*血浆（ml） 81250 → 81350。/);
  store.importFile(parsedFile('供血1月-修订.xlsx', [], [revised]), { ...AT, replace: true });
  const history = store.history({ kind: 'supply', hospital: '渭南市中心医院', month: '2025-01' });
  assert.deepEqual(history.map((v) => v.record), [revised, HOSPITAL_JAN]);
  store.close();
});

test('a file with some new and some identical records imports the new ones', () => {
  const store = openStore(':memory:');
  store.importFile(parsedFile('华阴1月.xlsx', [HUAYIN_JAN]), AT);
  const huayinCopy = collection('华阴市', '2025-01', HUAYIN_JAN, '一季度.xlsx', '1月');
  const huayinFeb = collection('华阴市', '2025-02', figures(790, 1580, 28, 33), '一季度.xlsx', '2月');
  const outcome = store.importFile(parsedFile('一季度.xlsx', [huayinCopy, huayinFeb]), AT);
  assert.deepEqual(outcome, { status: 'imported', importId: 2, added: 1, replaced: 0, unchanged: 1 });
  assert.deepEqual(store.collections(Q1), [HUAYIN_JAN, huayinFeb]);
  assert.deepEqual(store.imports().map((e) => [e.file, e.added, e.unchanged, e.months]), [
    ['一季度.xlsx', 1, 1, ['2025-01', '2025-02']],
    ['华阴1月.xlsx', 1, 0, ['2025-01']],
  ]);
  store.close();
});

test('a failure mid-way rolls the whole file back', () => {
  const store = openStore(':memory:');
  store.importFile(parsedFile('一月.xlsx', [HUAYIN_JAN, HANCHENG_JAN]), AT);
  // Written in order: the import, the new February record, the 华阴 replacement, then 韩城 fails its CHECK.
  const huayinFeb = collection('华阴市', '2025-02', figures(790, 1580, 28, 33), '坏.xlsx');
  const revised = collection('华阴市', '2025-01', { ...HUAYIN_JAN, wholeBloodDonors: 900 }, '坏.xlsx');
  const broken = collection('韩城市', '2025-01', figures(12.5, 25, 0, 0), '坏.xlsx');
  assert.throws(() => store.importFile(parsedFile('坏.xlsx', [huayinFeb, revised, broken]), { ...AT, replace: true }),
    (error: Error) => error.message.startsWith('文件 坏.xlsx 未导入（数据库未作任何改动）：CHECK constraint failed'));
  assert.deepEqual(store.collections(Q1), [HUAYIN_JAN, HANCHENG_JAN].sort((a, b) => a.county < b.county ? -1 : 1));
  assert.equal(store.history({ kind: 'collection', county: '华阴市', month: '2025-01' }).length, 1);
  assert.equal(store.history({ kind: 'collection', county: '韩城市', month: '2025-01' }).length, 1);
  assert.deepEqual(store.history({ kind: 'collection', county: '华阴市', month: '2025-02' }), []);
  assert.equal(store.imports().length, 1);
  // The store is still usable after the rollback.
  assert.equal(store.importFile(parsedFile('华阴2月.xlsx', [huayinFeb]), AT).status, 'imported');
  store.close();
});

test('the same county-month twice in one file is refused before anything is written', () => {
  const store = openStore(':memory:');
  assert.throws(() => store.importFile(parsedFile('重复.xlsx', [HUAYIN_JAN, { ...HUAYIN_JAN, wholeBloodDonors: 1 }]), AT), /华阴市 2025-01 的数据在 重复\.xlsx 中出现了不止一次/);
  assert.deepEqual(store.imports(), []);
  store.close();
});

test('newest first follows the import order, not the clock text', () => {
  const store = openStore(':memory:');
  store.importFile(parsedFile('华阴1月.xlsx', [HUAYIN_JAN]), { replace: false, importedAt: '2025-05-01T00:00:00.000Z' });
  store.importFile(parsedFile('韩城1月.xlsx', [HANCHENG_JAN]), { replace: false, importedAt: '2024-01-01T00:00:00.000Z' });
  assert.deepEqual(store.imports().map((e) => e.file), ['韩城1月.xlsx', '华阴1月.xlsx']);
  store.close();
});

test('settings round-trip as JSON and persist', () => {
  withTempDir((dir) => {
    const path = join(dir, 'settings.sqlite');
    const store = openStore(path);
    assert.equal(store.getSetting('profile'), null);
    store.putSetting('profile', { station: '渭南市中心血站', counties: [{ name: '华阴市', aliases: ['华阴'] }] });
    store.putSetting('notes', '第一季度无特殊情况');
    store.putSetting('notes', '春节期间献血人次下降');
    store.putSetting('empty', undefined);
    store.close();
    const reopened = openStore(path);
    assert.deepEqual(reopened.getSetting('profile'), { station: '渭南市中心血站', counties: [{ name: '华阴市', aliases: ['华阴'] }] });
    assert.equal(reopened.getSetting<string>('notes'), '春节期间献血人次下降');
    assert.equal(reopened.getSetting('empty'), null);
    reopened.close();
  });
});

test('a file database persists across close and open, in WAL mode with foreign keys on', () => {
  withTempDir((dir) => {
    const path = join(dir, 'nested', 'store.sqlite');
    const first = openStore(path);
    first.importFile(parsedFile('华阴1月.xlsx', [HUAYIN_JAN], [HOSPITAL_JAN]), AT);
    first.close();
    const second = openStore(path);
    // README 数据安全: WAL with synchronous FULL, so a committed import survives a power cut (set per connection)
    assert.deepEqual(second.durability(), { journalMode: 'wal', synchronous: 'FULL' });
    assert.deepEqual(second.collections(Q1), [HUAYIN_JAN]);
    assert.deepEqual(second.supplies(Q1), [HOSPITAL_JAN]);
    assert.equal(second.imports().length, 1);
    second.close();
    const raw = new DatabaseSync(path);
    assert.deepEqual({ ...raw.prepare('PRAGMA journal_mode').get() }, { journal_mode: 'wal' });
    assert.deepEqual({ ...raw.prepare('PRAGMA user_version').get() }, { user_version: MIGRATIONS.at(-1)?.version });
    raw.exec('PRAGMA foreign_keys = ON');
    assert.throws(() => raw.prepare(`INSERT INTO collection_versions (import_id, county, month, whole_blood_donors, whole_blood_units,
      platelet_donors, platelet_doses, sources, current) VALUES (99, '华阴市', '2025-02', 1, 1, 0, 0, '{}', 1)`).run(), /FOREIGN KEY/);
    raw.close();
  });
});

test('volume classes and the breakdown of donation records round-trip; records that agree with a county sheet add their breakdown without a conflict, and a differing breakdown is a conflict', () => {
  const store = openStore(':memory:');
  try {
    const sheet = parsedFile('华阴1月.xlsx', [{ ...collection('华阴市', '2025-01', figures(16, 23, 4, 6), '华阴1月.xlsx'), volumeClasses: { ml200: 8, ml300: 2, ml400: 6 } }]);
    assert.equal(store.importFile(sheet, AT_RECORDS).status, 'imported');
    const breakdown = { firstTime: 8, repeat: 12, donors: 19, repeatDonors: 11, abo: { A: 6, B: 5, O: 7, AB: 2 } };
    const records = parsedFile('献血记录.csv', [{ ...collection('华阴市', '2025-01', figures(16, 23, 4, 6), '献血记录.csv'), volumeClasses: { ml200: 8, ml300: 2, ml400: 6 }, breakdown }]);
    assert.deepEqual(store.importFile(records, AT_RECORDS), { status: 'imported', importId: 2, added: 0, replaced: 1, unchanged: 0 });
    const [stored] = store.collections(['2025-01']);
    assert.deepEqual([stored.volumeClasses, stored.breakdown], [{ ml200: 8, ml300: 2, ml400: 6 }, breakdown]);
    assert.equal(store.importFile(records, AT_RECORDS).status, 'unchanged');
    const other = parsedFile('献血记录2.csv', [{ ...collection('华阴市', '2025-01', figures(16, 23, 4, 6), '献血记录2.csv'), volumeClasses: { ml200: 9, ml300: 0, ml400: 7 } }]);
    const outcome = store.importFile(other, AT_RECORDS);
    assert.equal(outcome.status, 'conflict');
    if (outcome.status === 'conflict') assert.deepEqual(outcome.conflicts[0].incoming.details, { volumeClasses: { ml200: 9, ml300: 0, ml400: 7 } });
  } finally {
    store.close();
  }
});

const AT_RECORDS = { replace: false, importedAt: '2025-04-02T08:00:00.000Z' };
