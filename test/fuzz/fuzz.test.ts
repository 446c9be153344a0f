/**
 * The fuzz run inside npm test: a few hundred seeded mutants of real county workbooks, in a child process
 * so its peak memory is its own. Every case must end in a result that keeps the house rules (Chinese, short,
 * no stack trace, no unexpected error) and the run must stay within 500 MB; the figures reached are printed.
 * A generous kill timer only turns a hang of the whole run into a failure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import type { FuzzSummary } from './run-fuzz.ts';

const RUNNER = new URL('./run-fuzz.ts', import.meta.url).pathname;

test('300 seeded mutants: every one read or refused within bounds, every message keeps the rules', (t) => {
  const summary: FuzzSummary = JSON.parse(execFileSync(process.execPath, [RUNNER, '--seed', '20261201', '--cases', '300', '--json'], { encoding: 'utf8', timeout: 300_000 }));
  t.diagnostic(`模糊测试：${summary.cases} 个变异文件，接受 ${summary.accepted}，拒绝 ${summary.refused}，超时 ${summary.hangs}，意外错误 ${summary.unexpected}，最长 ${summary.worstMs} ms，峰值内存 ${summary.maxRssMb} MB`);
  assert.equal(summary.cases, 300);
  assert.equal(summary.accepted + summary.refused, 300);
  assert.deepEqual(summary.violations, []);
  assert.equal(summary.unexpected, 0);
  // Both outcomes must occur, or the mutations stopped reaching the reader (or stopped damaging anything).
  assert.ok(summary.accepted > 30 && summary.refused > 30, `${summary.accepted} / ${summary.refused}`);
  assert.ok(summary.maxRssMb <= 500, `peak ${summary.maxRssMb} MB`);
});
