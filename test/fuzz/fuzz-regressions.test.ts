/** Defects the fuzz run found, replayed from their seeds: each failed before its fix. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseInput } from '../../electron/core/import/parse-input.ts';
import { fuzzCase, FUZZ_PROFILE } from './fuzz-case.ts';

function messages(seed: number): string[] {
  const { file } = fuzzCase(seed);
  const result = parseInput(file, FUZZ_PROFILE);
  return result.ok ? result.value.notices.map((n) => n.message) : result.problems.map((p) => p.message);
}

test('seed 8: a shared string left without its text reads as empty, never as the word "undefined"', () => {
  assert.match(fuzzCase(8).how, /sharedStrings\.xml：第 285 个字符处插入 "<v>"/);
  const all = messages(8);
  assert.ok(all.length > 0);
  assert.ok(all.every((m) => !m.includes('undefined')), all.join('\n'));
});

test('seed 362: 1e308 in a count is refused as too large, never summed into Infinity', () => {
  assert.match(fuzzCase(362).how, /改为 1e308/);
  const all = messages(362);
  assert.ok(all.some((m) => m.includes('数值过大')), all.join('\n'));
  assert.ok(all.every((m) => !m.includes('Infinity')), all.join('\n'));
});
