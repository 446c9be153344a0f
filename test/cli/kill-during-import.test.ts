/**
 * Importing processes killed (SIGKILL) at seeded random moments leave a database that opens, passes
 * integrity_check and holds every file wholly or not at all; finishing the import afterwards gives exactly
 * what one uninterrupted import gives. The kill moments come from a fixed seed (after how many stored files,
 * then a few milliseconds into the next), not from timing assertions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { random } from '../fuzz/mutate-workbook.ts';

const CLI = 'electron/cli/blood-brief.mjs';
const ARGS = (db: string) => [CLI, 'import', '--profile', 'templates/sample/profile.json', '--db', db, '--now', '2025-04-11T09:00:00+08:00', 'templates/sample/data'];
const KILLS = 6;

/**
 * Starts an import and kills it once it has printed `lines` file lines, `ms` later: the moment is tied to the
 * import's progress (each file's line is printed as it is stored), not to the machine's speed.
 */
function killedAfter(db: string, lines: number, ms: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ARGS(db), { stdio: ['ignore', 'pipe', 'ignore'] });
    let seen = 0;
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8').split('\n').length - 1;
      if (seen >= lines && timer === undefined) timer = setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.on('exit', (code, signal) => { clearTimeout(timer); resolve(signal ?? `exit ${code}`); });
  });
}

/** What a database holds, checked: integrity, and each import's rows exactly its own count. */
function inspect(path: string): { integrity: string; partial: string[]; current: string[]; imports: number } {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const integrity = String((db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check);
    const imports = db.prepare('SELECT id, file, added, replaced FROM imports').all() as { id: number; file: string; added: number; replaced: number }[];
    const partial = imports.filter((i) => {
      const rows = (db.prepare('SELECT (SELECT count(*) FROM collection_versions WHERE import_id = ?) + (SELECT count(*) FROM supply_versions WHERE import_id = ?) AS n').get(i.id, i.id) as { n: number }).n;
      return rows !== i.added + i.replaced;
    }).map((i) => i.file);
    const current = (db.prepare("SELECT county || ' ' || month || ' ' || whole_blood_donors || ' ' || platelet_doses AS r FROM collection_versions WHERE current = 1 UNION ALL SELECT hospital || ' ' || month || ' ' || red_cells_u AS r FROM supply_versions WHERE current = 1 ORDER BY r").all() as { r: string }[]).map((r) => r.r);
    return { integrity, partial, current, imports: imports.length };
  } finally {
    db.close();
  }
}

test(`${KILLS} imports killed at seeded random moments: the database stays whole and the finished import equals an uninterrupted one`, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'bb-kill-'));
  const reference = join(dir, 'reference.sqlite');
  execFileSync(process.execPath, ARGS(reference), { stdio: 'ignore', timeout: 300_000 });
  const expected = inspect(reference);
  assert.ok(expected.current.length > 100, `${expected.current.length} rows`);

  const db = join(dir, 'killed.sqlite');
  const rand = random(20261201);
  const endings: string[] = [];
  const stored: number[] = [];
  for (let k = 0; k < KILLS; k += 1) {
    endings.push(await killedAfter(db, 1 + Math.floor(rand() * 150), Math.floor(rand() * 40)));
    const after = inspect(db);
    assert.equal(after.integrity, 'ok', `after kill ${k + 1}`);
    assert.deepEqual(after.partial, [], `after kill ${k + 1}`);
    stored.push(after.current.length);
  }
  const survived = endings.filter((e) => e === 'SIGKILL').length;
  t.diagnostic(`强行终止导入 ${survived} 次（其余 ${KILLS - survived} 次在终止前已完成），数据库每次都完好；每次终止后已保存的区县月/医院月：${stored.join('、')}（共 ${expected.current.length}）`);
  assert.ok(survived >= 1, endings.join(', '));
  // At least one kill must land in the middle of the batch, or the test proves nothing about partial stores.
  assert.ok(stored.some((n) => n > 0 && n < expected.current.length), stored.join(', '));
  execFileSync(process.execPath, ARGS(db), { stdio: 'ignore', timeout: 300_000 });
  const finished = inspect(db);
  assert.equal(finished.integrity, 'ok');
  assert.deepEqual(finished.current, expected.current);
});
