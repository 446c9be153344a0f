import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommandLine } from '../../electron/cli/parse-command-line.ts';
import { parseDay } from '../../electron/core/period/china-time.ts';

const env = {};

test('parses the report contract with every option', () => {
  const parsed = parseCommandLine(['report', '--profile', 'p.json', '--quarter', '2025q1', '--out', 'b.pdf', '--json', 's.json',
    '--db', 'd.sqlite', '--issue', '3', '--date', '2025-04-11', '--now', '2025-04-11T09:00:00+08:00', 'in', 'more.xlsx'], env);
  assert.ok('command' in parsed);
  assert.deepEqual(parsed.command, {
    name: 'report', profile: 'p.json', db: 'd.sqlite', inputs: ['in', 'more.xlsx'], quarter: '2025Q1', out: 'b.pdf',
    json: 's.json', settings: null, issue: 3, date: '2025-04-11',
  });
  assert.equal(parsed.now?.toISOString(), '2025-04-11T01:00:00.000Z');
});

test('import needs inputs and a profile; --replace is a flag', () => {
  const ok = parseCommandLine(['import', '--profile', 'p.json', '--replace', 'a.xlsx'], env);
  assert.ok('command' in ok && ok.command.name === 'import' && ok.command.replace && ok.command.db === null);
  assert.deepEqual(parseCommandLine(['import', '--profile', 'p.json'], env), { usageError: 'import 需要至少一个文件或文件夹' });
  assert.deepEqual(parseCommandLine(['import', 'a.xlsx'], env), { usageError: '缺少选项 --profile' });
});

test('usage errors are Chinese and name the culprit', () => {
  const cases: [string[], string][] = [
    [['frobnicate'], '未知命令“frobnicate”'],
    [['demo', '--out'], '选项 --out 需要一个值'],
    [['demo', '--out', 'x.pdf', '--colour', 'red'], '未知选项 --colour'],
    [['demo', '--out', 'x.pdf', 'extra.xlsx'], 'demo 命令不接受文件参数：extra.xlsx'],
    [['report', '--profile', 'p', '--quarter', '2025Q5', '--out', 'b.pdf', 'in'], '--quarter 应写成 2025Q1 这样的形式，而不是“2025Q5”'],
    [['report', '--profile', 'p', '--quarter', '2025Q1', '--out', 'b.pdf'], '请给出 --db 数据库，或要汇总的文件/文件夹'],
    [['report', '--profile', 'p', '--quarter', '2025Q1', '--out', 'b.pdf', '--date', '2025-02-30', 'in'], '--date 应为日期（如 2025-04-11），而不是“2025-02-30”'],
    [['tables', '--profile', 'p', '--quarter', '2025Q1', '--out', 't.docx', 'in'], '--out 的文件名应以 .pdf 或 .xlsx 结尾'],
    [['demo', '--out', 'x.pdf', '--now', 'yesterday'], '--now 不是有效的时间：“yesterday”'],
  ];
  for (const [argv, message] of cases) assert.deepEqual(parseCommandLine(argv, env), { usageError: message }, argv.join(' '));
});

test('the clock comes from --now, else SOURCE_DATE_EPOCH', () => {
  const fromEpoch = parseCommandLine(['demo', '--out', 'x.pdf'], { SOURCE_DATE_EPOCH: '1744333200' });
  assert.ok('now' in fromEpoch && fromEpoch.now?.toISOString() === '2025-04-11T01:00:00.000Z');
  const nowWins = parseCommandLine(['demo', '--out', 'x.pdf', '--now', '2024-01-01T00:00:00Z'], { SOURCE_DATE_EPOCH: '1744333200' });
  assert.ok('now' in nowWins && nowWins.now?.toISOString() === '2024-01-01T00:00:00.000Z');
  const real = parseCommandLine(['demo', '--out', 'x.pdf'], {});
  assert.ok('now' in real && real.now === null);
});

test('help is not an error', () => {
  for (const argv of [[], ['help'], ['--help'], ['report', '--help']]) {
    const parsed = parseCommandLine(argv, env);
    assert.ok('command' in parsed && parsed.command.name === 'help');
  }
});

test('calendar days are checked', () => {
  assert.deepEqual(parseDay('2024-02-29'), { year: 2024, month: 2, day: 29 });
  assert.equal(parseDay('2025-02-29'), null);
  assert.equal(parseDay('2025/02/01'), null);
});
