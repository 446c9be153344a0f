/**
 * Issue 14: a 100 000-row ledger made 33 records but stored 3.6 MB of per-cell source lists. Sources are
 * ranges now, so the database grows with the records stored, not with the rows read; versions stored
 * before (one address per cell) still read, and are named as ranges.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseInput } from '../../../electron/core/import/parse-input.ts';
import { openStore } from '../../../electron/core/store/open-store.ts';
import { describeConflict } from '../../../electron/core/pipeline/describe-conflict.ts';
import { PROFILE } from '../import/parse-fixture.ts';
import { collection, figures, parsedFile } from './parsed-file.ts';

const AT = { replace: false, importedAt: '2025-04-03T02:00:00.000Z' };
const COUNTIES = ['临渭区', '华州区', '潼关县', '大荔县', '合阳县', '澄城县', '蒲城县', '白水县', '富平县', '韩城市', '华阴市'];
const ROWS = 100_000;

/** A running ledger of one quarter, 区县 | 月份 | 采血点 | figures, each county-month's sites one block (33 records). */
function ledger(): { bytes: Uint8Array; donors: number } {
  const perBlock = Math.ceil(ROWS / (COUNTIES.length * 3));
  const body: string[] = [];
  let donors = 0;
  for (const county of COUNTIES) {
    for (let m = 1; m <= 3; m++) {
      for (let s = 0; s < perBlock && body.length < ROWS; s++) {
        body.push(`${county},2025年${m}月,采血点${s + 1},${10 + (s % 7)},${15 + (s % 7) * 1.5},0,0`);
        if (county === '临渭区' && m === 1) donors += 10 + (s % 7);
      }
    }
  }
  const text = `\ufeff区县,月份,采血点,全血人次,全血采集量(U),机采血小板人次,机采血小板治疗量\r\n${body.join('\r\n')}\r\n`;
  return { bytes: new TextEncoder().encode(text), donors };
}

test('a 100 000-row ledger stores each figure\'s source as one range: a few hundred bytes per record, not a list of cells', () => {
  const dir = mkdtempSync(join(tmpdir(), 'blood-brief-ledger-'));
  try {
    const { bytes, donors } = ledger();
    const parsed = parseInput({ name: '渭南市-2025年一季度台账.csv', bytes }, PROFILE);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.problems[0]?.message);
    assert.equal(parsed.value.collections.length, 33);
    const path = join(dir, 'store.sqlite');
    const store = openStore(path);
    assert.equal(store.importFile(parsed.value, AT).status, 'imported');
    const [first] = store.collections(['2025-01']).filter((r) => r.county === '临渭区');
    assert.equal(first!.wholeBloodDonors, donors);
    // 100 000 rows in 33 blocks of 3031: the first block is rows 2–3032 of the file.
    assert.deepEqual(first!.sources.wholeBloodDonors.cells, ['D2:D3032']);
    assert.deepEqual(first!.sources.wholeBloodUnits.cells, ['E2:E3032']);
    store.close();
    const db = new DatabaseSync(path, { readOnly: true });
    const sizes = (db.prepare('SELECT length(sources) AS n FROM collection_versions').all() as { n: number }[]).map((r) => r.n);
    db.close();
    assert.equal(sizes.length, 33);
    // Per-cell lists were ~30 KB per figure here (3031 addresses); four ranges and their readings fit in 1 KB.
    assert.ok(Math.max(...sizes) < 1024, `sources of ${Math.max(...sizes)} bytes`);
    assert.ok(statSync(path).size < 256 * 1024, `database of ${statSync(path).size} bytes`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a version stored before ranges (one address per cell) reads as stored and is named as a range', () => {
  const store = openStore(':memory:');
  const old = collection('华阴市', '2025-01', figures(812, 1624.5, 31, 40), '华阴1月.xlsx', '1月');
  const perCell = { file: '华阴1月.xlsx', sheet: '1月', cells: ['C5', 'C6', 'C7'] };
  const stored = { ...old, sources: { wholeBloodDonors: perCell, wholeBloodUnits: { ...perCell, cells: ['D5', 'D6', 'D7'] }, plateletDonors: { ...perCell, cells: ['E5', 'E6', 'E7'] }, plateletDoses: { ...perCell, cells: ['F5', 'F6', 'F7'] } } };
  store.importFile(parsedFile('华阴1月.xlsx', [stored]), AT);
  assert.deepEqual(store.collections(['2025-01'])[0]!.sources.wholeBloodDonors.cells, ['C5', 'C6', 'C7']);
  const revised = collection('华阴市', '2025-01', figures(815, 1624.5, 31, 40), '华阴1月-修订.xlsx');
  const outcome = store.importFile(parsedFile('华阴1月-修订.xlsx', [revised]), AT);
  assert.ok(outcome.status === 'conflict');
  assert.match(describeConflict(outcome.conflicts[0]!), /来自 华阴1月\.xlsx 工作表“1月” C5:F7（共12个单元格），/);
  store.close();
});
