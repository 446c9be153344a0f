/**
 * Issue 11 end to end on the sample set: reports imported month by month into a database (each on its own clock),
 * one of them late, carrying a warning and an outlier. The import result says the warning, the --json summary
 * carries the warning, both outlier values and the arrival days, and the briefing's 附件 lists them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { cli } from './captured-cli.ts';
import { pdfPageTexts } from '../fixtures/lib/pdf-inspect.ts';

const SAMPLE = 'templates/sample';
const PROFILE = join(SAMPLE, 'profile.json');
const TONGGUAN = join(SAMPLE, 'data', '潼关县');

/** A folder holding the named 潼关县 sample files. */
async function folder(root: string, name: string, months: readonly string[]): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir, { recursive: true });
  for (const m of months) await copyFile(join(TONGGUAN, `潼关县${m}采血情况.csv`), join(dir, `潼关县${m}采血情况.csv`));
  return dir;
}

test('a late report with a warning and an outlier: said on import, carried in --json, listed in the 附件', async () => {
  const root = await mkdtemp(join(tmpdir(), 'bb-checks-'));
  const db = join(root, 'data.sqlite');
  const history = await folder(root, '2024', ['2024年2月', '2024年8月', '2024年9月', '2024年10月', '2024年11月', '2024年12月', '2024年1月', '2024年3月']);
  const jan = await folder(root, 'jan', ['2025年1月']);
  const mar = await folder(root, 'mar', ['2025年3月']);
  // February typed with an extra 100 donations at the blood house (186 instead of 86) and 1 donor giving 4 doses.
  const feb = join(root, 'feb');
  await mkdir(feb);
  await writeFile(join(feb, '潼关县2025年2月采血情况.csv'), iconv.encode('采血地点,全血人次,全血量(ml),机采人次,治疗量\n潼关献血屋,140,48800,1,4\n流动采血车,28,9700,0,0\n团体献血,18,6400,0,0\n合计,186,64900,1,4\n', 'gbk'));
  const step = (now: string, dir: string) => cli('import', '--profile', PROFILE, '--db', db, '--now', now, dir);
  assert.equal((await step('2025-01-05T10:00:00+08:00', history)).code, 0);
  assert.equal((await step('2025-02-08T10:00:00+08:00', jan)).code, 0);
  const febRun = await step('2025-03-14T10:00:00+08:00', feb);
  assert.equal(febRun.code, 0);
  assert.match(febRun.out, /\n {4}工作表“潼关县2025年2月采血情况”：警告（规则“每人次治疗量”）：潼关县2025年2月的单采血小板治疗量4超过单采血小板人次1的3倍/);
  assert.equal((await step('2025-04-09T10:00:00+08:00', mar)).code, 0);

  const json = join(root, 's.json');
  const pdf = join(root, 'b.pdf');
  const report = await cli('report', '--profile', PROFILE, '--db', db, '--quarter', '2025Q1', '--now', '2025-04-11T09:00:00+08:00', '--out', pdf, '--json', json);
  assert.equal(report.code, 0, report.err);
  assert.match(report.out, /数据核查：警告 1 条、数据异常 2 条、迟报 1 份，详见简报附件（数据未作改动）。/);
  const summary = JSON.parse(await readFile(json, 'utf8'));
  assert.deepEqual(summary.warnings.map((w: { subject: string; month: string; rule: string }) => [w.subject, w.month, w.rule]), [['潼关县', '2025-02', '每人次治疗量']]);
  assert.deepEqual(summary.outliers.map((o: Record<string, unknown>) => [o.field, o.value, o.lastYear, o.yearOnYearPercent, o.trailingMean, o.trailingPercent]), [
    ['wholeBloodDonors', 186, 86, 116.3, 116.7, 59.4],
    ['wholeBloodUnits', 324.5, 152.5, 112.8, 205.5, 57.9],
  ]);
  const row = summary.completeness.rows.find((r: { county: string }) => r.county === '潼关县');
  assert.deepEqual([row.arrivedOn, row.late], [['2025-02-08', '2025-03-14', '2025-04-09'], [false, true, false]]);
  assert.deepEqual(summary.checks, { dueDay: 10, trailingMonths: 6, yearOnYearPercent: 50, trailingPercent: 40, outlierMinimumChange: 10, populationChangePercent: 10 });

  const pages = pdfPageTexts(pdf);
  const appendix = pages.slice(pages.findIndex((p) => p.split('\n').slice(0, 3).join('').includes('附件'))).join('').replace(/\s+/g, '').replace(/—\d+—/g, '');
  assert.match(appendix, /迟报/);
  assert.match(appendix, /“迟报”指晚于报送期限（次月10日前）到达的报表：潼关县2月报表3月14日到达。/);
  assert.match(appendix, /（五）数据核查提示/);
  assert.match(appendix, /（2）潼关县2月全血人次为186，比去年同月（86）高116\.3%，比前6个月平均（116\.7）高59\.4%/);
  assert.match(appendix, /（3）潼关县2月全血量为324\.5U，比去年同月（152\.5U）高112\.8%/);
});

test('a reissued briefing keeps the warnings and arrival days of its own versions after a corrected report replaced them', async () => {
  const root = await mkdtemp(join(tmpdir(), 'bb-checks-'));
  const db = join(root, 'data.sqlite');
  const history = await folder(root, '2024', ['2024年2月', '2024年8月', '2024年9月', '2024年10月', '2024年11月', '2024年12月', '2024年1月', '2024年3月']);
  const feb = join(root, 'feb');
  await mkdir(feb);
  await writeFile(join(feb, '潼关县2025年2月采血情况.csv'), iconv.encode('采血地点,全血人次,全血量(ml),机采人次,治疗量\n潼关献血屋,140,48800,1,4\n流动采血车,28,9700,0,0\n团体献血,18,6400,0,0\n合计,186,64900,1,4\n', 'gbk'));
  const fixed = join(root, 'fixed');
  await mkdir(fixed);
  await writeFile(join(fixed, '潼关县2025年2月采血情况-更正.csv'), iconv.encode('采血地点,全血人次,全血量(ml),机采人次,治疗量\n潼关献血屋,40,14800,1,2\n流动采血车,28,9700,0,0\n团体献血,18,6400,0,0\n合计,86,30900,1,2\n', 'gbk'));
  assert.equal((await cli('import', '--profile', PROFILE, '--db', db, '--now', '2025-01-05T10:00:00+08:00', history)).code, 0);
  assert.equal((await cli('import', '--profile', PROFILE, '--db', db, '--now', '2025-03-14T10:00:00+08:00', feb)).code, 0);
  const issued = join(root, 'issued.pdf');
  const report = await cli('report', '--profile', PROFILE, '--db', db, '--quarter', '2025Q1', '--now', '2025-04-11T09:00:00+08:00', '--out', issued);
  assert.equal(report.code, 0, report.err);
  assert.match(report.out, /数据核查：警告 1 条、迟报 1 份/);

  const corrected = await cli('import', '--profile', PROFILE, '--db', db, '--replace', '--now', '2025-04-12T10:00:00+08:00', fixed);
  assert.equal(corrected.code, 0, corrected.err);
  const now = await cli('report', '--profile', PROFILE, '--db', db, '--quarter', '2025Q1', '--now', '2025-04-12T11:00:00+08:00', '--out', join(root, 'now.pdf'));
  assert.doesNotMatch(now.out, /警告 1 条/, 'the corrected figures carry no warning');

  const again = join(root, 'again.pdf');
  const reissued = await cli('reissue', '--db', db, '--issue', '1', '--out', again);
  assert.equal(reissued.code, 0, reissued.err);
  assert.ok((await readFile(again)).equals(await readFile(issued)), 'the reissue is the issued PDF byte for byte');
  assert.match(pdfPageTexts(again).join('').replace(/\s+/g, ''), /（五）数据核查提示/);
});
