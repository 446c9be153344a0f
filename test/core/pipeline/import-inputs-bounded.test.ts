/**
 * The core's batch loop drives progress and stops on a cancel: the events come in the order a window shows them
 * (the file about to be read, its report, the next file, …, the end), and a cancel stops before the next file
 * with every earlier file stored whole and the rest listed. An in-process parser stands in for the worker, and the
 * real workers (one or two, reading ahead of the store) must give the very same reports, events and database.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { InputFile } from '../../../electron/core/model.ts';
import type { BoundedParser } from '../../../electron/core/import/bounded-parser.ts';
import { parseInput } from '../../../electron/core/import/parse-input.ts';
import { importInputsBounded } from '../../../electron/core/pipeline/import-inputs-bounded.ts';
import { boundedParser, PARSE_LIMITS, PARSE_WORKER_ENTRY } from '../../../electron/core/import/bounded-parser.ts';
import { readInputs } from '../../../electron/core/io/read-inputs.ts';
import { makeQuarterSet } from '../../bench/make-quarter-set.ts';
import { openStore } from '../../../electron/core/store/open-store.ts';
import { PROFILE } from '../import/parse-fixture.ts';

const FILES: InputFile[] = ['2024年10月', '2024年11月', '2024年12月'].map((month) => {
  const name = `templates/sample/data/临渭区/临渭区${month}采血统计.xlsx`;
  return { name, bytes: readFileSync(new URL(`../../../${name}`, import.meta.url)) };
});
const OPTIONS = { replace: false, now: new Date('2025-04-11T01:00:00Z') };
const inProcess: BoundedParser = { parse: async (file, profile) => parseInput(file, profile), close: async () => undefined };
const short = (name: string) => name.replace(/^.*临渭区(\d{4}年\d+月).*$/, '$1');

test('progress before each file, each report after it, and once at the end', async () => {
  const events: string[] = [];
  const report = await importInputsBounded(openStore(':memory:'), PROFILE, FILES, OPTIONS, inProcess, {
    onProgress: (p) => events.push(`${p.done}/${p.total}${p.current === undefined ? '' : ` ${short(p.current)}`}`),
    onFile: (r) => events.push(`${short(r.file)} ${r.status}`),
  });
  assert.deepEqual(events, ['0/3 2024年10月', '2024年10月 imported', '1/3 2024年11月', '2024年11月 imported', '2/3 2024年12月', '2024年12月 imported', '3/3']);
  assert.equal(report.ok, true);
  assert.equal(report.cancelled, undefined);
});

test('a cancel stops before the next file: the files done are stored whole, the rest listed, progress ends where it stopped', async () => {
  const store = openStore(':memory:');
  const events: string[] = [];
  let stop = false;
  const report = await importInputsBounded(store, PROFILE, FILES, OPTIONS, inProcess, {
    onProgress: (p) => events.push(`${p.done}/${p.total}${p.current === undefined ? '' : ` ${short(p.current)}`}`),
    onFile: (r) => (events.push(`${short(r.file)} ${r.status}`), (stop = true)),
    cancelled: () => stop,
  });
  assert.deepEqual(events, ['0/3 2024年10月', '2024年10月 imported', '1/3 2024年11月', '1/3']);
  assert.deepEqual(report.files.map((f) => short(f.file)), ['2024年10月']);
  assert.deepEqual(report.cancelled?.map(short), ['2024年11月', '2024年12月']);
  assert.deepEqual(store.storedMonths().filter((m) => m.county === '临渭区').map((m) => m.month), ['2024-10']);
});

test('a cancel before the first file stores nothing and lists every file', async () => {
  const store = openStore(':memory:');
  const report = await importInputsBounded(store, PROFILE, FILES, OPTIONS, inProcess, { cancelled: () => true });
  assert.deepEqual([report.files.length, report.cancelled?.length, store.storedMonths().length], [0, 3, 0]);
});

/** Every row of every table of a database file, in rowid order: what "the same database" means here. */
function tables(path: string): Record<string, unknown[]> {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => String(r.name));
    return Object.fromEntries(names.map((name) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
}

test('the bench quarter set (108 files, every layout) read by two workers stores exactly what one worker and the in-process reader store', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bb-two-workers-'));
  try {
    await makeQuarterSet(join(dir, 'quarter'));
    const { files } = await readInputs([join(dir, 'quarter')]);
    assert.equal(files.length, 108);
    const runs = [];
    for (const [label, parser] of [['one', boundedParser(PARSE_LIMITS, PARSE_WORKER_ENTRY, 1)], ['two', boundedParser(PARSE_LIMITS, PARSE_WORKER_ENTRY, 2)], ['in-process', inProcess]] as const) {
      const path = join(dir, `${label}.sqlite`);
      const store = openStore(path);
      const events: string[] = [];
      try {
        const report = await importInputsBounded(store, PROFILE, files, OPTIONS, parser, { onProgress: (p) => events.push(`${p.done}/${p.total} ${p.current ?? ''}`), onFile: (r) => events.push(`${r.file} ${r.status}`) });
        runs.push({ report, events, tables: (store.close(), tables(path)) });
      } finally {
        await parser.close();
      }
    }
    const [one, two, inside] = runs;
    assert.equal(one!.report.ok, true);
    assert.equal(one!.report.files.filter((f) => f.status === 'imported').length, 108);
    assert.equal((one!.tables.collection_versions as unknown[]).length, 99);
    assert.deepEqual(two, one);
    assert.deepEqual(inside, one);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a cancel after the first file with two workers reading ahead stores that file only, and the parser reads on afterwards', async () => {
  const store = openStore(':memory:');
  const parser = boundedParser(PARSE_LIMITS, PARSE_WORKER_ENTRY, 2);
  let stop = false;
  try {
    const report = await importInputsBounded(store, PROFILE, FILES, OPTIONS, parser, { onFile: () => (stop = true), cancelled: () => stop });
    assert.deepEqual(report.cancelled?.map(short), ['2024年11月', '2024年12月']);
    assert.deepEqual(store.storedMonths().filter((m) => m.county === '临渭区').map((m) => m.month), ['2024-10']);
    const again = await importInputsBounded(store, PROFILE, FILES, OPTIONS, parser);
    assert.deepEqual(again.files.map((f) => f.status), ['unchanged', 'imported', 'imported']);
  } finally {
    await parser.close();
  }
});
