/**
 * Every number the briefing prints is computed once, in stats/, and carried by the --json summary: each figure
 * in the body of the PDF (before the 附件) is found among the JSON's numbers as the briefing formats them. Only
 * what is no figure is exempt: years, the date, page and list numbers (small ordinals), the 100 % of a share
 * column's 合计 row, and the ×1000 in the rate's definition.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../electron/cli/run-cli.ts';
import { formatFixed, formatUnits } from '../../electron/core/format/format-numbers.ts';
import { divideHalfUp } from '../../electron/core/stats/decimal.ts';
import { pdfPageTexts } from '../fixtures/lib/pdf-inspect.ts';

/** Every number anywhere in a JSON value. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

/** The ways the briefing prints a number: as is, with 0–2 decimals, as U, in 万 (1 decimal), without its sign. */
function printed(n: number): string[] {
  const abs = Math.abs(n);
  return [formatUnits(abs), formatFixed(abs, 0), formatFixed(abs, 1), formatFixed(abs, 2), formatFixed(divideHalfUp(abs, 10000, 1), 1)];
}

test('each figure in the briefing body is present in the --json summary', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bb-numbers-'));
  const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: {} };
  const code = await runCli(['report', '--profile', 'test/fixtures/profile-weinan.json', '--quarter', '2025Q1', '--now', '2025-04-11T09:00:00+08:00',
    '--out', join(dir, 'b.pdf'), '--json', join(dir, 's.json'), 'test/fixtures/files/weinan-2025q1'], io);
  assert.equal(code, 0);
  const known = new Set(numbersIn(JSON.parse(await readFile(join(dir, 's.json'), 'utf8'))).flatMap(printed));
  const pages = pdfPageTexts(join(dir, 'b.pdf'));
  const appendix = pages.findIndex((p) => p.split('\n').slice(0, 3).join('').includes('附件'));
  const body = pages.slice(0, appendix < 0 ? pages.length : appendix).join('\n');
  const exempt = (token: string) => /^20\d\d$/.test(token) || (/^\d+$/.test(token) && Number(token) <= 12) || token === '100.0' || token === '1000';
  const tokens = [...new Set([...body.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]))];
  assert.ok(tokens.length > 80, `the body holds ${tokens.length} distinct figures`);
  assert.deepEqual(tokens.filter((t) => !exempt(t) && !known.has(t)), []);
});

test('each figure of the briefing made from a donation-records export (献血者构成 and 表2) is present in the --json summary', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bb-numbers-records-'));
  const { THIRTY_ROWS, exportCsv } = await import('../core/import/records/donation-export.ts');
  const { writeFile } = await import('node:fs/promises');
  await writeFile(join(dir, '2025年第一季度献血记录.csv'), exportCsv(THIRTY_ROWS));
  const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: {} };
  const code = await runCli(['report', '--profile', 'test/fixtures/profile-weinan.json', '--quarter', '2025Q1', '--now', '2025-04-11T09:00:00+08:00',
    '--out', join(dir, 'b.pdf'), '--json', join(dir, 's.json'), join(dir, '2025年第一季度献血记录.csv')], io);
  assert.equal(code, 0);
  const summary = JSON.parse(await readFile(join(dir, 's.json'), 'utf8'));
  assert.equal(summary.donationIndicators.city.firstTime.percent, 43.3);
  const known = new Set(numbersIn(summary).flatMap(printed));
  const pages = pdfPageTexts(join(dir, 'b.pdf'));
  const appendix = pages.findIndex((p) => p.split('\n').slice(0, 3).join('').includes('附件'));
  // "400ml" is the name of a volume class (a label), not a figure.
  const body = pages.slice(0, appendix < 0 ? pages.length : appendix).join('\n').replace(/400ml/g, '');
  const exempt = (token: string) => /^20\d\d$/.test(token) || (/^\d+$/.test(token) && Number(token) <= 12) || token === '100.0' || token === '1000';
  const tokens = [...new Set([...body.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]))];
  assert.ok(tokens.includes('43.3') && tokens.includes('57.9'), 'the indicators are printed');
  assert.deepEqual(tokens.filter((t) => !exempt(t) && !known.has(t)), []);
});
