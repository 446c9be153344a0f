import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FileResult } from '../../../../electron/shared/ipc-contract.ts';
import { filterResults, groupRejected } from '../../../../renderer/src/screens/result-filter.ts';

function result(file: string, status: FileResult['status'], extra: Partial<FileResult> = {}): FileResult {
  return { file, status, problems: [], conflicts: [], notices: [], counties: [], hospitals: [], months: [], collections: 0, supplies: 0, ...extra };
}

const BAD = { file: '', message: '无法读取该工作簿：文件可能已损坏' };
const RESULTS = [
  result('D:\\报表\\华阴市2025年1月.xlsx', 'imported', { counties: ['华阴市'] }),
  result('D:\\报表\\坏表一.xlsx', 'rejected', { problems: [BAD] }),
  result('D:\\报表\\1月供血.xlsx', 'unchanged', { hospitals: ['华阴市人民医院'] }),
  result('D:\\报表\\坏表二.xlsx', 'rejected', { problems: [BAD] }),
  result('D:\\报表\\潼关.csv', 'rejected', { problems: [{ file: '', message: '无法确定区县', sheet: '1月', cell: 'A1' }] }),
];

describe('result list filter and groups', () => {
  it('filters by status', () => {
    assert.deepEqual(filterResults(RESULTS, 'rejected', '').map((r) => r.file.split('\\').pop()), ['坏表一.xlsx', '坏表二.xlsx', '潼关.csv']);
    assert.equal(filterResults(RESULTS, 'all', '').length, 5);
    assert.equal(filterResults(RESULTS, 'conflict', '').length, 0);
  });

  it('searches the file name (not the folder), the counties and the hospitals', () => {
    assert.deepEqual(filterResults(RESULTS, 'all', ' 华阴 ').map((r) => r.status), ['imported', 'unchanged']);
    assert.equal(filterResults(RESULTS, 'all', '报表').length, 0, 'the folder name is not searched');
    assert.deepEqual(filterResults(RESULTS, 'imported', '华阴').length, 1, 'search and filter together');
  });

  it('groups refused files with identical problems, keeping first-seen order; others stay alone', () => {
    const groups = groupRejected(RESULTS);
    assert.deepEqual(groups.map((g) => g.files.map((f) => f.file.split('\\').pop())), [
      ['华阴市2025年1月.xlsx'], ['坏表一.xlsx', '坏表二.xlsx'], ['1月供血.xlsx'], ['潼关.csv'],
    ]);
  });
});
