/**
 * The hostile-input run: `node test/fuzz/run-fuzz.ts [--seed N] [--cases N] [--json]` mutates real county
 * workbooks (mutate-workbook.ts), reads each mutant through the bounded parser the CLI uses, stores what is
 * accepted, and checks every outcome: a result, never a crash; messages in Chinese, short, without a stack
 * trace. It prints the cases, hangs (files stopped at the time limit), worst time and peak memory.
 * `npm test` runs a few hundred cases with a fixed seed (fuzz.test.ts); `npm run fuzz` runs thousands.
 */
import { boundedParser, PARSE_LIMITS } from '../../electron/core/import/bounded-parser.ts';
import type { Problem } from '../../electron/core/model.ts';
import { storeParsed } from '../../electron/core/pipeline/import-inputs.ts';
import { openStore } from '../../electron/core/store/open-store.ts';
import { fuzzCase, FUZZ_PROFILE } from './fuzz-case.ts';

/** What one run reached. */
export interface FuzzSummary {
  readonly seed: number;
  readonly cases: number;
  readonly accepted: number;
  readonly refused: number;
  readonly hangs: number;
  readonly unexpected: number;
  readonly worstMs: number;
  readonly worstCase: string;
  readonly maxRssMb: number;
  readonly violations: readonly string[];
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : fallback; };
const seed = option('--seed', 20261201);
const cases = option('--cases', 300);

/** Words a message may carry in Latin letters: product names and what the zip check names. */
const ALLOWED = /Excel|WPS|ZIP64|CRC|CSV|xlsx|xlsb|xlsm|ods|Unicode|XFD\d*|IV\d*/g;

/** Why a problem's message breaks the house rules, or null. */
function fault(problem: Problem): string | null {
  const message = problem.message;
  if (message.length > 2000) return `消息过长（${message.length} 字）`;
  if (/\n\s+at |Error:|TypeError|RangeError/.test(message)) return `含堆栈或英文错误：${message.slice(0, 120)}`;
  // Quoted cells and the header texts listed after 读到的表头 are the file's own content, not ours.
  const bare = message.replace(/“[^”]*”/g, '').replace(/读到的表头：[^）]*）/g, '').replace(/部件 \S+/g, '').replace(/（=[^）]*）/g, '').replace(ALLOWED, '').replace(/[A-Z]+\d+/g, '');
  if (/[A-Za-z]{5,}/.test(bare)) return `含英文：${message.slice(0, 160)}`;
  return null;
}

const parser = boundedParser(PARSE_LIMITS);
const store = openStore(':memory:');
const violations: string[] = [];
let accepted = 0, refused = 0, hangs = 0, unexpected = 0, worstMs = 0, worstCase = '';
for (let i = 0; i < cases; i += 1) {
  const { base, how, file } = fuzzCase(seed + i);
  const started = performance.now();
  const result = await parser.parse(file, FUZZ_PROFILE);
  const ms = performance.now() - started;
  const label = `#${i}（种子 ${seed + i}，${base}，${how}）`;
  if (ms > worstMs) { worstMs = ms; worstCase = label; }
  if (result.ok) {
    accepted += 1;
    const report = storeParsed(store, file, result, { replace: true, now: new Date(Date.UTC(2025, 3, 11)) });
    if (report.problems.some((p) => p.message.startsWith('读取时发生意外错误'))) violations.push(`${label} 保存时出错：${report.problems[0]!.message.slice(0, 160)}`);
    for (const notice of result.value.notices) { const f = fault(notice); if (f) violations.push(`${label} 提示${f}`); }
  } else {
    refused += 1;
    if (result.problems.length === 0) violations.push(`${label} 拒绝却没有说明原因`);
    if (result.problems.some((p) => p.message.includes('秒内读取'))) hangs += 1;
    if (result.problems.some((p) => p.message.startsWith('读取时发生意外错误'))) { unexpected += 1; violations.push(`${label} ${result.problems[0]!.message.slice(0, 200)}`); }
    for (const problem of result.problems) { const f = fault(problem); if (f) violations.push(`${label} ${f}`); }
  }
}
await parser.close();
store.close();

const summary: FuzzSummary = { seed, cases, accepted, refused, hangs, unexpected, worstMs: Math.round(worstMs), worstCase, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), violations };
if (args.includes('--json')) process.stdout.write(JSON.stringify(summary));
else {
  process.stdout.write([
    `模糊测试：种子 ${seed}，${cases} 个变异文件：接受 ${accepted}，拒绝 ${refused}（其中超时 ${hangs}，意外错误 ${unexpected}）`,
    `最长 ${summary.worstMs} ms：${worstCase}`,
    `峰值内存 ${summary.maxRssMb} MB（含读取线程）`,
    ...(violations.length > 0 ? [`违反规则 ${violations.length} 处：`, ...violations.slice(0, 50)] : ['没有违反规则的情况']),
  ].join('\n') + '\n');
  process.exitCode = violations.length > 0 ? 1 : 0;
}
