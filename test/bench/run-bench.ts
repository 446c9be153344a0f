/**
 * `npm run bench`: the speed goals of the project, each measured several times against its yardstick in the
 * same run (pandas reading the same files, the unzip floor, Node's own start), printed as min/median/max and
 * ratios; exits 1 when a target is missed. Not part of `npm test`: timings are never test assertions.
 * Needs Debian's python3-pandas, python3-openpyxl and python3-xlrd for the yardstick (it says so if absent).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { makeQuarterSet } from './make-quarter-set.ts';
import { writeDonationExport } from './make-donation-export.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HERE = fileURLToPath(new URL('./', import.meta.url));
const NODE = process.execPath;
const PYTHON = '/usr/bin/python3';
const PROFILE = join(ROOT, 'test/fixtures/profile-weinan.json');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** `BENCH_ONLY=P2 npm run bench` measures only the named goals (comma-separated ids); all when unset. */
const ONLY = new Set((process.env.BENCH_ONLY ?? 'P1,P2,P3,P4').split(',').map((id) => id.trim().toUpperCase()));

interface Row { readonly id: string; readonly what: string; readonly value: string; readonly yardstick: string; readonly target: string; readonly met: boolean | null }
const rows: Row[] = [];

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stats = (xs: readonly number[]) => `${fmt(Math.min(...xs))} / ${fmt(median(xs))} / ${fmt(Math.max(...xs))}`;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/** Wall time of a whole process, `runs` times. */
function wall(command: string, args: readonly string[], runs = RUNS): number[] {
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    const run = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${run.stderr || run.stdout}`);
    return performance.now() - start;
  });
}

function json<T>(command: string, args: readonly string[]): T {
  return JSON.parse(execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 })) as T;
}

function pandasAvailable(): boolean {
  return spawnSync(PYTHON, ['-c', 'import pandas, openpyxl, xlrd'], { encoding: 'utf8' }).status === 0;
}

function p1(dir: string, out: string): void {
  const cli = join(ROOT, 'electron/cli/blood-brief.mjs');
  const ours = wall(NODE, [cli, 'report', '--profile', PROFILE, '--quarter', '2025Q2', '--now', '2025-07-10T09:00:00+08:00', '--out', join(out, 'b.pdf'), '--json', join(out, 's.json'), dir]);
  const pandas = wall(PYTHON, [join(HERE, 'pandas-read.py'), dir]);
  rows.push({ id: 'P1', what: '季度 report 全过程（108 个文件，PDF + JSON）', value: stats(ours), yardstick: `pandas 仅读取 ${stats(pandas)}（比值 ${(median(ours) / median(pandas)).toFixed(2)}）`, target: '≤ 1.0 s 且快于 pandas', met: median(ours) <= 1000 && median(ours) < median(pandas) });
  const help = wall(NODE, [cli, '--help']);
  const bare = wall(NODE, ['-e', '0']);
  rows.push({ id: 'P1', what: '--help', value: stats(help), yardstick: `node -e 0 ${stats(bare)}`, target: '≤ 150 ms', met: median(help) <= 150 });
}

function p2(dir: string, out: string): void {
  const ours = json<{ first: number; warm: number[]; records: number }>(NODE, [join(HERE, 'parse-files.ts'), PROFILE, dir, '3']);
  const pandas = Array.from({ length: 3 }, () => json<{ seconds: number }>(PYTHON, [join(HERE, 'pandas-read.py'), dir]).seconds * 1000);
  rows.push({ id: 'P2', what: `导入（进程内，首轮；${ours.records} 条记录）`, value: `${fmt(ours.first)}（热 ${stats(ours.warm)}）`, yardstick: `pandas ${stats(pandas)}（快 ${(median(pandas) / ours.first).toFixed(1)} 倍）`, target: '≥ 3× 快于 pandas', met: median(pandas) / ours.first >= 3 });
  const csv = join(out, 'ledger-100k', '渭南市-2025年台账.csv');
  const xlsx = join(out, 'ledger-100k-xlsx', '渭南市-2025年台账.xlsx');
  writeLedgers(csv, xlsx, 100_000);
  const csvOurs = json<{ first: number; warm: number[] }>(NODE, [join(HERE, 'parse-files.ts'), PROFILE, join(out, 'ledger-100k'), '2']);
  const csvPandas = Array.from({ length: 3 }, () => json<{ seconds: number }>(PYTHON, [join(HERE, 'pandas-read.py'), csv]).seconds * 1000);
  rows.push({ id: 'P2', what: 'CSV 10 万行', value: `${fmt(csvOurs.first)}（热 ${stats(csvOurs.warm)}）`, yardstick: `pandas.read_csv ${stats(csvPandas)}`, target: '不慢于 pandas.read_csv', met: median(csvOurs.warm) <= median(csvPandas) });
  const xlsxOurs = json<{ first: number; warm: number[] }>(NODE, [join(HERE, 'parse-files.ts'), PROFILE, join(out, 'ledger-100k-xlsx'), '2']);
  const floor = json<{ ms: number[] }>(NODE, [join(HERE, 'xlsx-floor.ts'), xlsx, '5']).ms;
  rows.push({ id: 'P2', what: '.xlsx 10 万行', value: `${fmt(xlsxOurs.first)}（热 ${stats(xlsxOurs.warm)}）`, yardstick: `解压+扫描下限 ${stats(floor)}（${(median(xlsxOurs.warm) / median(floor)).toFixed(1)} 倍）`, target: '≤ 2× 下限', met: median(xlsxOurs.warm) <= 2 * median(floor) });
}

/** A running ledger: 区县 | 月份 | 采血点 | figures, sorted so each county-month's sites are one block. */
function writeLedgers(csv: string, xlsx: string, count: number): void {
  const counties = ['临渭区', '华州区', '潼关县', '大荔县', '合阳县', '澄城县', '蒲城县', '白水县', '富平县', '韩城市', '华阴市'];
  const perBlock = Math.ceil(count / (counties.length * 12));
  const body: (string | number)[][] = [];
  for (const county of counties) {
    for (let m = 1; m <= 12; m++) {
      for (let s = 0; s < perBlock && body.length < count; s++) body.push([county, `2025年${m}月`, `采血点${s + 1}`, 10 + (s % 7), 15 + (s % 7) * 1.5, 0, 0]);
    }
  }
  const rows = [['区县', '月份', '采血点', '全血人次', '全血采集量(U)', '机采血小板人次', '机采血小板治疗量'], ...body];
  for (const path of [csv, xlsx]) execFileSync('mkdir', ['-p', join(path, '..')]);
  writeFileSync(csv, `\ufeff${rows.map((r) => r.join(',')).join('\r\n')}\r\n`);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows, { dense: true } as XLSX.AOA2SheetOpts), '台账');
  writeFileSync(xlsx, XLSX.write(book, { bookType: 'xlsx', type: 'buffer' }) as Buffer);
}

function p3(dir: string): void {
  const run = json<{ first: number; warm: number[]; bytes: number; pages: number }>(NODE, [join(HERE, 'render-briefing.ts'), PROFILE, dir, '2025Q2', '4']);
  rows.push({ id: 'P3', what: '简报预览（同一进程再次渲染）', value: stats(run.warm), yardstick: `首次 ${fmt(run.first)}`, target: '≤ 300 ms', met: median(run.warm) <= 300 });
  const perPage = run.bytes / run.pages / 1024;
  rows.push({ id: 'P3', what: 'PDF 大小（含图表）', value: `${(run.bytes / 1024).toFixed(0)} KB / ${run.pages} 页 = ${perPage.toFixed(1)} KB/页`, yardstick: '—', target: '≤ 40 KB/页', met: perPage <= 40 });
}

/** Wall time and peak RSS (MB) of a whole process, by /usr/bin/time (GNU time's %M is in KB). */
function timed(args: readonly string[]): { ms: number; rssMb: number } {
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', NODE, ...args], { cwd: ROOT, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${args.join(' ')}: ${run.stderr || run.stdout}`);
  return { ms, rssMb: Number(run.stderr.trim().split('\n').at(-1)) / 1024 };
}

/** Imports a file into a fresh database with the CLI (the bounded worker, as staff run it); its time, peak RSS and the database's size. */
function importRecords(file: string, db: string): { ms: number; rssMb: number; dbBytes: number } {
  rmSync(db, { force: true });
  const cli = join(ROOT, 'electron/cli/blood-brief.mjs');
  const run = timed([cli, 'import', '--profile', PROFILE, '--db', db, '--now', '2025-04-11T09:00:00+08:00', file]);
  return { ...run, dbBytes: statSync(db).size };
}

/**
 * P4 (issue 14): a million donation rows, as .xlsx and as CSV, through the CLI's import: time against the reading
 * floor and pandas, peak RSS of the whole process, and the database's growth against an export of 10 000 rows of the
 * same 33 county-months (it stores county-month aggregates, so both grow alike).
 */
async function p4(out: string): Promise<void> {
  const runs = Math.min(RUNS, 3);
  const big = await writeDonationExport(join(out, 'records-1m'), 1_000_000);
  const small = await writeDonationExport(join(out, 'records-10k'), 10_000);
  for (const [kind, file, smallFile] of [['CSV', big.csv, small.csv], ['.xlsx', big.xlsx, small.xlsx]] as const) {
    const db = join(out, `records-${kind}.sqlite`);
    const ours = Array.from({ length: runs }, () => importRecords(file, db));
    const smallDb = importRecords(smallFile, join(out, `records-small-${kind}.sqlite`)).dbBytes;
    const floor = json<{ ms: number[] }>(NODE, [join(HERE, kind === 'CSV' ? 'csv-floor.ts' : 'xlsx-floor.ts'), file, String(runs)]).ms;
    const pandas = pandasAvailable() ? json<{ seconds: number }>(PYTHON, [join(HERE, 'pandas-read.py'), file]).seconds * 1000 : null;
    const ms = ours.map((r) => r.ms);
    const rss = Math.max(...ours.map((r) => r.rssMb));
    const mb = (statSync(file).size / 1024 / 1024).toFixed(0);
    rows.push({ id: 'P4', what: `100 万行献血记录 ${kind}（${mb} MB，CLI 导入全过程）`, value: stats(ms), yardstick: `读取下限 ${stats(floor)}（${(median(ms) / median(floor)).toFixed(1)} 倍）`, target: '≤ 2× 下限', met: median(ms) <= 2 * median(floor) });
    rows.push({ id: 'P4', what: `100 万行献血记录 ${kind} 峰值内存`, value: `${rss.toFixed(0)} MB`, yardstick: '—', target: '≤ 300 MB', met: rss <= 300 });
    rows.push({ id: 'P4', what: `100 万行献血记录 ${kind} 与 pandas`, value: fmt(median(ms)), yardstick: pandas === null ? '缺少 pandas' : `pandas 仅读取 ${fmt(pandas)}（快 ${(pandas / median(ms)).toFixed(1)} 倍）`, target: '≥ 10× 快于 pandas', met: pandas === null ? null : pandas / median(ms) >= 10 });
    const grown = ours[0]!.dbBytes;
    rows.push({ id: 'P4', what: `数据库大小 ${kind}（33 个区县月）`, value: `100 万行 ${(grown / 1024).toFixed(0)} KB`, yardstick: `1 万行 ${(smallDb / 1024).toFixed(0)} KB`, target: '随区县月而非行数增长（≤ 1.5×）', met: grown <= 1.5 * smallDb });
  }
}

const out = mkdtempSync(join(tmpdir(), 'blood-brief-bench-'));
try {
  const dir = join(out, 'quarter');
  const files = await makeQuarterSet(dir);
  process.stdout.write(`基准数据：${files} 个文件（${(dirSize(dir) / 1024).toFixed(0)} KB），每项 ${RUNS} 次；时间为 最小 / 中位 / 最大。\n`);
  if (!pandasAvailable()) process.stdout.write('缺少 pandas（python3-pandas、python3-openpyxl、python3-xlrd），与 pandas 的对比无法进行。\n');
  else {
    if (ONLY.has('P1')) p1(dir, out);
    if (ONLY.has('P2')) p2(dir, out);
  }
  if (ONLY.has('P3')) p3(dir);
  if (ONLY.has('P4')) await p4(out);
  for (const r of rows) process.stdout.write(`${r.met ? '✓' : '✗'} ${r.id} ${r.what}：${r.value}；对照：${r.yardstick}；目标：${r.target}\n`);
  const missed = rows.filter((r) => r.met === false).length;
  process.stdout.write(missed === 0 ? '全部达标。\n' : `${missed} 项未达标。\n`);
  process.exitCode = missed === 0 ? 0 : 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}

function dirSize(dir: string): number {
  return execFileSync('find', [dir, '-type', 'f'], { encoding: 'utf8' }).trim().split('\n').reduce((n, f) => n + statSync(f).size, 0);
}
