/**
 * A lane holds several files at once (the next ones wait in the worker's queue): a file that hangs is refused after
 * its own time limit, and the files queued behind it are read by the replacement worker, each answered as itself.
 * No timing is asserted: the hang never ends, so only the limit can end it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseLane } from '../../../electron/core/import/parse-lane.ts';
import { parseInput } from '../../../electron/core/import/parse-input.ts';
import { PROFILE } from './parse-fixture.ts';

const SPIN_ON_BAD = new URL('./spin-on-bad-worker.ts', import.meta.url);
// The hanging file gets 1 s; the good ones a limit no loaded machine reaches (a fresh worker's start counts in it).
const LIMITS = { seconds: 60, heapMb: 200 };
const SHORT = { seconds: 1, heapMb: 200 };
const sample = (month: string) => {
  const name = `templates/sample/data/临渭区/临渭区${month}采血统计.xlsx`;
  return { name, bytes: readFileSync(new URL(`../../../${name}`, import.meta.url)) };
};

test('a hanging file handed out with others behind it is refused alone; the queued files are read by a fresh worker', async () => {
  const lane = parseLane(SPIN_ON_BAD);
  const good = [sample('2024年10月'), sample('2024年11月'), sample('2024年12月')];
  const bad = { name: '坏文件.xlsx', bytes: good[0]!.bytes };
  try {
    const files = [good[0]!, bad, good[1]!, good[2]!];
    const results = await Promise.all(files.map((file) => lane.run({ file }, file === bad ? SHORT : LIMITS, file, PROFILE)));
    assert.deepEqual(results[1], { ok: false, problems: [{ file: '坏文件.xlsx', message: '文件已损坏或过于复杂，无法在1秒内读取，未导入任何数据：请用 Excel 或 WPS 打开确认后重新保存（删去多余的工作表和空行），或请报送单位重新发送。' }] });
    assert.deepEqual([results[0], results[2], results[3]], good.map((file) => parseInput(file, PROFILE)));
    assert.equal(lane.pending(), 0);
  } finally {
    await lane.close();
  }
});

test('closing a lane answers the files it still held as a stopped worker, and the lane reads again afterwards', async () => {
  const lane = parseLane(SPIN_ON_BAD);
  const bad = { name: '坏文件.xlsx', bytes: new Uint8Array([1]) };
  const held = lane.run({ file: bad }, { seconds: 600, heapMb: 200 }, bad, PROFILE);
  await lane.close();
  assert.deepEqual(await held, { ok: false, problems: [{ file: '坏文件.xlsx', message: '读取时发生意外错误（读取线程意外退出（1）），未导入任何数据。请把该文件发给技术支持。' }] });
  const file = sample('2024年10月');
  try {
    assert.deepEqual(await lane.run({ file }, LIMITS, file, PROFILE), parseInput(file, PROFILE));
  } finally {
    await lane.close();
  }
});
