import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseInput } from '../../../electron/core/import/parse-input.ts';
import { describeConflict } from '../../../electron/core/pipeline/describe-conflict.ts';
import { openStore } from '../../../electron/core/store/open-store.ts';
import type { ParsedFile } from '../../../electron/core/model.ts';
import { PROFILE } from '../import/parse-fixture.ts';
import { THIRTY_ROWS, exportCsv } from '../import/records/donation-export.ts';

const AT = { replace: false, importedAt: '2025-04-11T01:00:00.000Z' };

function parsed(name: string, text: string): ParsedFile {
  const result = parseInput({ name, bytes: new TextEncoder().encode(text) }, PROFILE);
  if (!result.ok) assert.fail(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

const RECORDS = () => parsed('2025年第一季度献血记录.csv', exportCsv(THIRTY_ROWS.filter((r) => r[3] === '华阴市')));
const SHEET = (wholeBlood: number, first = '') => parsed('华阴市2025年1月.csv', `全血人次,全血采集量(U),机采人次,治疗量${first ? ',首次献血人次' : ''}\r\n${wholeBlood},23,4,6${first ? `,${first}` : ''}\r\n`);

test('a county sheet that agrees with the records is no conflict: the records add their breakdown', () => {
  const store = openStore(':memory:');
  try {
    assert.equal(store.importFile(SHEET(16), AT).status, 'imported');
    assert.deepEqual(store.importFile(RECORDS(), AT), { status: 'imported', importId: 2, added: 0, replaced: 1, unchanged: 0 });
    const [record] = store.collections(['2025-01']);
    assert.equal(record.breakdown?.firstTime, 8);
    assert.deepEqual(record.sources.wholeBloodDonors.cells, ['第2–21行']);
    // The sheet again, after the records: same figures, nothing new.
    assert.equal(store.importFile(SHEET(16), AT).status, 'unchanged');
  } finally {
    store.close();
  }
});

test('records and a county sheet that disagree are a conflict naming both', () => {
  const store = openStore(':memory:');
  try {
    store.importFile(RECORDS(), AT);
    const outcome = store.importFile(SHEET(17), AT);
    assert.equal(outcome.status, 'conflict');
    if (outcome.status !== 'conflict') return;
    assert.match(describeConflict(outcome.conflicts[0]), /^华阴市 2025年1月 已有数据（来自 2025年第一季度献血记录\.csv 工作表“2025年第一季度献血记录” 第2–21行，导入于2025年4月11日）与本文件（华阴市2025年1月\.csv .*）不一致：全血人次 16 → 17/);
  } finally {
    store.close();
  }
});

test('equal figures with a different 首次献血人次 are a conflict too, said as a breakdown difference', () => {
  const store = openStore(':memory:');
  try {
    store.importFile(RECORDS(), AT);
    const outcome = store.importFile(SHEET(16, '9'), AT);
    assert.equal(outcome.status, 'conflict');
    if (outcome.status === 'conflict') assert.match(describeConflict(outcome.conflicts[0]), /不一致：四项数字相同，但分项（200\/300\/400ml各档、首次\/再次、血型或团体\/个人人次）不同。/);
  } finally {
    store.close();
  }
});
