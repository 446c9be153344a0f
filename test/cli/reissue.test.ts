/**
 * The briefing archive: `report --db` archives each issued briefing (期号, input versions and files, profile and
 * settings snapshot, wording hash, PDF SHA-256); `reissue` remakes it byte for byte from the archive even after a
 * later import changed the county's figures, and refuses when the archive no longer describes the PDF.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { cli } from './captured-cli.ts';
import { revisedCopy } from './revised-copy.ts';

const PROFILE = 'test/fixtures/profile-weinan.json';
const Q1 = 'test/fixtures/files/weinan-2025q1';
const NOW = ['--now', '2025-04-11T09:00:00+08:00'];

const sha = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

test('a reissue after a later import changed the county data is byte-identical to the archived briefing', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bb-reissue-'));
  const db = join(dir, '血站.sqlite');
  assert.equal((await cli('import', '--profile', PROFILE, '--db', db, ...NOW, Q1)).code, 0);
  const issued = await cli('report', '--profile', PROFILE, '--db', db, '--quarter', '2025Q1', '--issue', '3', '--out', join(dir, '第3期.pdf'), '--json', join(dir, 's.json'), ...NOW);
  assert.equal(issued.code, 0, issued.err);
  assert.match(issued.out, /已存档为已发简报第 1 号/);
  const json = JSON.parse(await readFile(join(dir, 's.json'), 'utf8'));
  assert.equal(json.totals.donors, 10402, 'the archived path computes the same figures as the store');

  const listed = await cli('archive', '--db', db);
  assert.match(listed.out, new RegExp(`^1  2025Q1 第3期  2025-04-11T01:00:00\\.000Z  .*第3期\\.pdf  PDF SHA-256 ${await sha(join(dir, '第3期.pdf'))}`));

  await revisedCopy(join(Q1, '韩城市-2025年1月.xlsx'), join(dir, '韩城市-2025年1月-修订.xlsx'), 7);
  assert.equal((await cli('import', '--profile', PROFILE, '--db', db, '--replace', ...NOW, join(dir, '韩城市-2025年1月-修订.xlsx'))).code, 0);
  assert.equal((await cli('report', '--profile', PROFILE, '--db', db, '--quarter', '2025Q1', '--issue', '3', '--out', join(dir, '新.pdf'), '--json', join(dir, 'n.json'), ...NOW)).code, 0);
  assert.equal(JSON.parse(await readFile(join(dir, 'n.json'), 'utf8')).totals.donors, 10409, 'the later import changed the figures');
  assert.notEqual(await sha(join(dir, '新.pdf')), await sha(join(dir, '第3期.pdf')));

  const again = await cli('reissue', '--db', db, '--issue', '1', '--out', join(dir, '重发.pdf'));
  assert.equal(again.code, 0, again.err);
  assert.match(again.out, /已按存档重新生成 2025Q1 第3期[^]*与存档时逐字节相同/);
  assert.ok((await readFile(join(dir, '重发.pdf'))).equals(await readFile(join(dir, '第3期.pdf'))));
});

test('the archive holds the snapshots; a reissue whose archive no longer matches writes nothing and says why', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bb-reissue-'));
  const db = join(dir, '血站.sqlite');
  assert.equal((await cli('report', '--profile', PROFILE, '--db', db, '--quarter', '2025Q1', '--out', join(dir, 'a.pdf'), ...NOW, join(Q1, '韩城市-2025年1月.xlsx'))).code, 0);
  const raw = new DatabaseSync(db);
  const row = raw.prepare('SELECT issue, inputs, profile, settings, wording_sha256 FROM briefings').get() as Record<string, string>;
  const inputs = JSON.parse(row.inputs!);
  assert.deepEqual([row.issue, inputs.collections, inputs.supplies, inputs.sources.map((s: { file: string }) => s.file.replace(/^.*[\\/]/, ''))], ['第1期', [1], [], ['韩城市-2025年1月.xlsx']]);
  assert.equal(JSON.parse(row.profile!).station, JSON.parse(await readFile(PROFILE, 'utf8')).station);
  assert.equal(JSON.parse(row.settings!).briefing.now, '2025-04-11T01:00:00.000Z');
  assert.match(row.wording_sha256!, /^[0-9a-f]{64}$/);
  raw.prepare("UPDATE briefings SET settings = json_set(settings, '$.briefing.unit', '别的单位')").run();
  raw.close();
  const refused = await cli('reissue', '--db', db, '--issue', '1', '--out', join(dir, 'b.pdf'));
  assert.equal(refused.code, 1);
  assert.match(refused.err, /未写出文件：重新生成的 PDF 与存档时的 SHA-256 不同/);
  assert.equal(await stat(join(dir, 'b.pdf')).then(() => true, () => false), false);
  assert.match((await cli('reissue', '--db', db, '--issue', '9', '--out', join(dir, 'c.pdf'))).err, /没有编号为 9 的存档简报/);
});
