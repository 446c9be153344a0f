/**
 * The CLI's versions, restore-version, undo, redo and acts: a county-month's versions are listed with file and
 * import time, one is restored (previewed first), and undo/redo reverse deletions and restores inside the database.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './captured-cli.ts';
import { openStore } from '../../electron/core/store/open-store.ts';
import { revisedCopy } from './revised-copy.ts';

const PROFILE = 'test/fixtures/profile-weinan.json';
const HANCHENG = 'test/fixtures/files/weinan-2025q1/韩城市-2025年1月.xlsx';
const NOW = ['--now', '2025-04-11T09:00:00+08:00'];

function donors(db: string): number | undefined {
  const store = openStore(db);
  try {
    return store.collections(['2025-01']).find((r) => r.county === '韩城市')?.wholeBloodDonors;
  } finally {
    store.close();
  }
}

async function twoVersions(): Promise<{ db: string; first: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'bb-versions-'));
  const db = join(dir, '血站.sqlite');
  assert.equal((await cli('import', '--profile', PROFILE, '--db', db, ...NOW, HANCHENG)).code, 0);
  const first = donors(db)!;
  const revised = join(dir, '韩城市-2025年1月-修订.xlsx');
  await revisedCopy(HANCHENG, revised, 3);
  assert.equal((await cli('import', '--profile', PROFILE, '--db', db, '--replace', '--now', '2025-04-12T09:00:00+08:00', revised)).code, 0);
  assert.equal(donors(db), first + 3);
  return { db, first };
}

test('versions lists each stored version with file and import time; restore-version previews, then restores; undo and redo', async () => {
  const { db, first } = await twoVersions();
  const listed = await cli('versions', '--db', db, '--county', '韩城市', '--month', '2025-01');
  assert.equal(listed.code, 0, listed.err);
  const lines = listed.out.trim().split('\n');
  assert.match(lines[0]!, /^韩城市 2025年1月 的各版数据（新的在前，\* 为当前数据/);
  assert.match(lines[1]!, new RegExp(`^\\* 版本 2  .*修订\\.xlsx（2025-04-12T01:00:00\\.000Z 导入）  全血人次 ${first + 3}，`));
  assert.match(lines[2]!, new RegExp(`^  版本 1  .*韩城市-2025年1月\\.xlsx（2025-04-11T01:00:00\\.000Z 导入）  全血人次 ${first}，`));

  const preview = await cli('restore-version', '--db', db, '--version', '1');
  assert.equal(preview.code, 0, preview.err);
  assert.match(preview.out, new RegExp(`现在：\\* 版本 2 .*全血人次 ${first + 3}[^]*恢复为：版本 1 .*全血人次 ${first}[^]*未作改动`));
  assert.equal(donors(db), first + 3, 'a preview changes nothing');

  const restored = await cli('restore-version', '--db', db, '--version', '1', '--yes', ...NOW);
  assert.equal(restored.code, 0, restored.err);
  assert.match(restored.out, /已把 韩城市 2025年1月 恢复为版本 1（操作编号 1；撤销：blood-brief undo/);
  assert.equal(donors(db), first);

  const undone = await cli('undo', '--db', db, ...NOW);
  assert.equal(undone.code, 0, undone.err);
  assert.match(undone.out, /^已撤销：把 韩城市 2025年1月 恢复为版本 1/);
  assert.equal(donors(db), first + 3);
  assert.match((await cli('redo', '--db', db, ...NOW)).out, /^已重做：/);
  assert.equal(donors(db), first);

  const acts = await cli('acts', '--db', db);
  assert.deepEqual(acts.out.trim().split('\n').map((l) => l.split('  ').slice(0, 3).join(' ')), [
    '3 2025-04-11T01:00:00.000Z 重做', '2 2025-04-11T01:00:00.000Z 撤销', '1 2025-04-11T01:00:00.000Z 恢复版本',
  ]);
  assert.match(acts.out, /2 .*撤销 .*（已由操作 3 重做）/);
});

test('undo brings a deleted import back with its versions; an undo later data contradicts is refused, exit 1', async () => {
  const { db, first } = await twoVersions();
  assert.equal((await cli('delete-import', '--db', db, '--import', '2', '--yes', ...NOW)).code, 0);
  assert.equal(donors(db), first);
  assert.equal((await cli('undo', '--db', db, ...NOW)).code, 0);
  assert.equal(donors(db), first + 3);
  assert.match((await cli('versions', '--db', db, '--county', '韩城市', '--month', '2025-01')).out, /\* 版本 2 [^]*  版本 1 /);

  assert.equal((await cli('delete-import', '--db', db, '--import', '2', '--yes', ...NOW)).code, 0);
  const dir = join(db, '..');
  const third = join(dir, '韩城市-2025年1月-再修订.xlsx');
  await revisedCopy(HANCHENG, third, 5);
  assert.equal((await cli('import', '--profile', PROFILE, '--db', db, '--replace', ...NOW, third)).code, 0);
  const refused = await cli('undo', '--db', db, ...NOW);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /无法撤销第 3 项操作（删除第 2 次导入 .*）：韩城市 2025-01 的数据此后又被之后的导入或操作改动过，为免数据错乱，未作任何改动。/);
  assert.equal(donors(db), first + 5);
});

test('usage errors name what is missing, in Chinese', async () => {
  assert.match((await cli('versions', '--db', 'x.sqlite', '--month', '2025-01')).err, /--county 区县 或 --hospital 医院（二选一）/);
  assert.match((await cli('restore-version', '--db', 'x.sqlite', '--version', 'abc')).err, /--version 应为版本编号/);
  assert.match((await cli('reissue', '--db', 'x.sqlite', '--issue', '1')).err, /缺少选项 --out/);
  assert.match((await cli('undo', '--db', join(tmpdir(), 'no-such-bb.sqlite'))).err, /找不到数据库文件/);
});
