import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../electron/cli/run-cli.ts';
import { pdfText, pdfTextCompact } from '../fixtures/lib/pdf-inspect.ts';

const FIXTURES = 'test/fixtures/files';
const PROFILE = 'test/fixtures/profile-weinan.json';
const Q1 = join(FIXTURES, 'weinan-2025q1');
const NOW = ['--now', '2025-04-11T09:00:00+08:00'];

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the CLI in-process, capturing what it prints. */
async function cli(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env: {} };
  const code = await runCli(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

async function scratch(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'bb-cli-'));
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

test('report on the Weinan 2025Q1 county files gives the meeting figures, in the PDF and the JSON', async () => {
  const dir = await scratch();
  const run = await cli('report', '--profile', PROFILE, '--quarter', '2025Q1', '--out', join(dir, 'b.pdf'), '--json', join(dir, 's.json'), ...NOW, Q1);
  assert.equal(run.code, 0, run.err);
  const summary = JSON.parse(await readFile(join(dir, 's.json'), 'utf8'));
  assert.deepEqual(
    [summary.quarter, summary.region, summary.population, summary.populationYear],
    ['2025Q1', '渭南市', 4619000, 2024],
  );
  assert.deepEqual(
    { ...summary.totals },
    { donors: 10402, wholeBloodDonors: 9960, wholeBloodUnits: 17433.5, plateletDonors: 442, plateletDoses: 682, ratePerThousand: 2.25 },
  );
  assert.equal(summary.counties.length, 11);
  assert.ok(summary.sources.length >= 11 && summary.sources.every((s: { sha256: string }) => /^[0-9a-f]{64}$/.test(s.sha256)));
  const text = pdfTextCompact(join(dir, 'b.pdf'));
  assert.ok(text.includes('全市共采集10402人次，其中全血9960人次、单采血小板442人次，千人口献血率2.25‰'), text.slice(0, 600));
  assert.match(run.out, /已生成简报：.*b\.pdf/);
});

test('the same inputs and clock give a byte-identical PDF', async () => {
  const dir = await scratch();
  const args = ['report', '--profile', PROFILE, '--quarter', '2025Q1', ...NOW, Q1];
  assert.equal((await cli(...args, '--out', join(dir, '1.pdf'))).code, 0);
  assert.equal((await cli(...args, '--out', join(dir, '2.pdf'))).code, 0);
  assert.ok((await readFile(join(dir, '1.pdf'))).equals(await readFile(join(dir, '2.pdf'))));
});

test('a rejected input lists every problem with file, sheet and cell, exits 1 and writes no PDF', async () => {
  const dir = await scratch();
  const bad = [join(FIXTURES, 'bad-total-mismatch.xlsx'), join(FIXTURES, 'bad-text-junk.xlsx')];
  const run = await cli('report', '--profile', PROFILE, '--quarter', '2025Q1', '--out', join(dir, 'b.pdf'), ...NOW, Q1, ...bad);
  assert.equal(run.code, 1);
  assert.equal(await exists(join(dir, 'b.pdf')), false);
  assert.match(run.out, /✗ .*bad-total-mismatch\.xlsx：有 \d+ 处问题，未导入任何数据\n {4}工作表“[^”]+” 单元格 [A-Z]+\d+：/);
  assert.match(run.out, /✗ .*bad-text-junk\.xlsx/);
  assert.match(run.err, /有文件未通过检查（见上），未生成简报。/);
  assert.doesNotMatch(run.out + run.err, /at .*\.ts:\d+/); // no stack traces
});

test('import stores, re-import is a no-op, a different figure is a conflict naming both files, --replace keeps going', async () => {
  const dir = await scratch();
  const db = join(dir, 'd.sqlite');
  const original = join(FIXTURES, 'weinan-2025q1', '韩城市-2025年1月.xlsx');
  const first = await cli('import', '--profile', PROFILE, '--db', db, ...NOW, original);
  assert.equal(first.code, 0, first.out + first.err);
  assert.match(first.out, /✓ .*韩城市-2025年1月\.xlsx：韩城市 2025年1月，新增 1 项/);
  const again = await cli('import', '--profile', PROFILE, '--db', db, ...NOW, original);
  assert.equal(again.code, 0);
  assert.match(again.out, /= .*与已保存的数据相同，未作改动/);

  const revised = join(dir, '韩城市-2025年1月-修订.xlsx');
  await reviseFirstNumber(original, revised);
  const conflict = await cli('import', '--profile', PROFILE, '--db', db, ...NOW, revised);
  assert.equal(conflict.code, 1);
  assert.match(conflict.out, /⚠ .*修订\.xlsx：与已保存的数据不一致，未导入/);
  assert.match(conflict.out, /韩城市 2025年1月 已有数据（来自 .*韩城市-2025年1月\.xlsx.*与本文件（.*修订\.xlsx/);

  const replaced = await cli('import', '--profile', PROFILE, '--db', db, '--replace', ...NOW, revised);
  assert.equal(replaced.code, 0, replaced.out);
  assert.match(replaced.out, /替换 1 项（原数据保留在历史记录中）/);
});

test('a batch with a bad file still imports the good ones, and says so per file', async () => {
  const dir = await scratch();
  const db = join(dir, 'd.sqlite');
  const run = await cli('import', '--profile', PROFILE, '--db', db, ...NOW, join(FIXTURES, 'bad-unknown-county.xlsx'), join(Q1, '韩城市-2025年1月.xlsx'));
  assert.equal(run.code, 1);
  assert.match(run.out, /共 2 个文件：导入 1，无变化 0，拒绝 1，冲突 0/);
  const report = await cli('report', '--profile', PROFILE, '--db', db, '--quarter', '2025Q1', '--out', join(dir, 'b.pdf'), '--json', join(dir, 's.json'), ...NOW);
  assert.equal(report.code, 0, report.err);
  const summary = JSON.parse(await readFile(join(dir, 's.json'), 'utf8'));
  assert.deepEqual(summary.counties.filter((c: { donors: number }) => c.donors > 0).map((c: { name: string }) => c.name), ['韩城市']);
  assert.ok(summary.missing.some((m: { county: string; month: string }) => m.county === '华阴市' && m.month === '2025-01'));
});

test('import without --db only checks', async () => {
  const run = await cli('import', '--profile', PROFILE, ...NOW, join(Q1, '韩城市-2025年1月.xlsx'));
  assert.equal(run.code, 0);
  assert.match(run.out, /未指定 --db：以上只是检查结果，没有保存任何数据。/);
});

test('usage errors exit 2 with the usage text; a bad profile exits 1 naming the field', async () => {
  const usage = await cli('report', '--profile', PROFILE, '--quarter', '2025Q9', '--out', 'x.pdf', Q1);
  assert.equal(usage.code, 2);
  assert.match(usage.err, /--quarter 应写成 2025Q1 这样的形式/);
  assert.match(usage.err, /用法：/);
  const dir = await scratch();
  await writeFile(join(dir, 'p.json'), JSON.stringify({ station: '站', region: '市', counties: [{ name: '' }] }));
  const bad = await cli('import', '--profile', join(dir, 'p.json'), Q1);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /p\.json：counties（区县）\[1\]\.name（区县名称）：缺少或不是文字/);
  const missing = await cli('import', '--profile', join(dir, 'nope.json'), Q1);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /nope\.json：找不到或无法读取基础信息文件/);
});

test('a quarter with no data is refused rather than printed empty', async () => {
  const dir = await scratch();
  const run = await cli('report', '--profile', PROFILE, '--quarter', '2023Q1', '--out', join(dir, 'b.pdf'), ...NOW, Q1);
  assert.equal(run.code, 1);
  assert.match(run.err, /没有2023年第一季度的数据，未生成简报。/);
  assert.equal(await exists(join(dir, 'b.pdf')), false);
});

test('tables writes the county and hospital tables as PDF and as .xlsx with real numbers', async () => {
  const dir = await scratch();
  const args = ['tables', '--profile', PROFILE, '--quarter', '2025Q1', ...NOW, Q1];
  assert.equal((await cli(...args, '--out', join(dir, 't.pdf'))).code, 0);
  const text = pdfText(join(dir, 't.pdf'));
  assert.match(text, /临渭区/);
  assert.match(text, /渭南市中心医院/);
  assert.equal((await cli(...args, '--out', join(dir, 't.xlsx'))).code, 0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 't.xlsx'));
  assert.equal(book.worksheets.length, 2);
  const numbers = book.worksheets[0].getColumn(4).values.filter((v) => typeof v === 'number');
  assert.ok(numbers.includes(10402), `county sheet has the city total as a number: ${numbers.join(',')}`);
});

test('template writes the county and supply workbooks; unfilled, they are refused naming the blank cells', async () => {
  const dir = await scratch();
  const run = await cli('template', '--out', dir, '--profile', PROFILE);
  assert.equal(run.code, 0, run.err);
  assert.deepEqual((await readdir(dir)).sort(), ['供血月报模板.xlsx', '采血月报模板.xlsx']);
  const blank = await cli('import', '--profile', PROFILE, join(dir, '采血月报模板.xlsx'));
  assert.equal(blank.code, 1);
  assert.match(blank.out, /✗ .*采血月报模板\.xlsx：有 \d+ 处问题/);
  assert.match(blank.out, /区县|统计月份/);
});

test('demo writes the sample briefing with the meeting figures', async () => {
  const dir = await scratch();
  const run = await cli('demo', '--out', join(dir, 'demo.pdf'));
  assert.equal(run.code, 0, run.out + run.err);
  const text = pdfTextCompact(join(dir, 'demo.pdf'));
  assert.ok(text.includes('全市共采集10402人次，其中全血9960人次、单采血小板442人次，千人口献血率2.25‰'));
  assert.match(run.out, /导入 160，无变化 0，拒绝 0，冲突 0/);
  // the sample issue's settings are complete and its fonts are bundled by choice: nothing to warn about
  assert.equal(run.err, '');
});

test('the npx entry point works from an older system Node by re-running under the bundled Node 24', { skip: !(await exists('/usr/bin/node')) }, async () => {
  const out = execFileSync('/usr/bin/node', ['electron/cli/blood-brief.mjs', 'help'], { encoding: 'utf8' });
  assert.match(out, /blood-brief report/);
  const dir = await scratch();
  await mkdir(join(dir, 'in'));
  await copyFile(join(Q1, '韩城市-2025年1月.xlsx'), join(dir, 'in', '韩城市-2025年1月.xlsx'));
  const imported = execFileSync('/usr/bin/node', ['electron/cli/blood-brief.mjs', 'import', '--profile', PROFILE, join(dir, 'in')], { encoding: 'utf8' });
  assert.match(imported, /✓ .*in[\\/]韩城市-2025年1月\.xlsx：韩城市 2025年1月/);
});

/** Copies a county file with its first site's whole-blood count raised by 3 (a county's revised report). */
async function reviseFirstNumber(from: string, to: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(from);
  const sheet = book.worksheets.find((s) => s.state !== 'hidden')!;
  const cell = findFirstNumber(sheet);
  cell.value = (cell.value as number) + 3;
  const total = findTotalRowCell(sheet, Number(cell.col));
  if (total) total.value = raised(total.value);
  await book.xlsx.writeFile(to);
}

function raised(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof value === 'number') return value + 3;
  const formula = value as ExcelJS.CellFormulaValue;
  return typeof formula?.result === 'number' ? { ...formula, result: formula.result + 3 } : value;
}

function findFirstNumber(sheet: ExcelJS.Worksheet): ExcelJS.Cell {
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    for (let c = 1; c <= sheet.columnCount; c += 1) {
      const cell = sheet.getCell(r, c);
      if (typeof cell.value === 'number' && cell.value > 10) return cell;
    }
  }
  throw new Error('no number in fixture');
}

function findTotalRowCell(sheet: ExcelJS.Worksheet, col: number): ExcelJS.Cell | null {
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    if (String(sheet.getCell(r, 1).value ?? '').replace(/\s/g, '').startsWith('合计')) return sheet.getCell(r, col);
  }
  return null;
}

test('every broken fixture is refused by import with exit 1 and a message naming its file and where', async () => {
  const bad = (await readdir(FIXTURES)).filter((f) => /bad-.*\.xlsx$/.test(f));
  assert.ok(bad.length >= 12, `fixtures: ${bad.join(', ')}`);
  for (const name of bad) {
    const run = await cli('import', '--profile', PROFILE, ...NOW, join(FIXTURES, name));
    assert.equal(run.code, 1, name);
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    assert.match(run.out, new RegExp(`✗ .*${escaped}：有 \\d+ 处问题，未导入任何数据\\n {4}\\S`), name);
  }
});

test('a file of an unsupported type named on the command line is an error, not silently skipped', async () => {
  const run = await cli('import', '--profile', PROFILE, join(FIXTURES, 'bad-not-a-spreadsheet.pdf'));
  assert.equal(run.code, 1);
  assert.match(run.err, /bad-not-a-spreadsheet\.pdf：PDF 文件无法读取其中的数字/);
});

test('a character the chosen font lacks stops the export with a message naming it, not a blank box', async () => {
  const dir = await scratch();
  await writeFile(join(dir, 's.json'), JSON.stringify({ freeText: '下季度重点工作 \u{1F600}', fonts: { bundledOnly: true } }));
  const run = await cli('report', '--profile', PROFILE, '--quarter', '2025Q1', '--out', join(dir, 'b.pdf'), '--settings', join(dir, 's.json'), ...NOW, Q1);
  assert.equal(run.code, 1);
  assert.match(run.err, /\u{1F600}|U\+1F600/u);
  assert.match(run.err, /未生成文件。/);
  assert.doesNotMatch(run.err, /发生意外错误/);
  assert.equal(await exists(join(dir, 'b.pdf')), false);
});

test('a font file that cannot be read stops the report after the import, in Chinese; with a rejected input only the input is named', async () => {
  const dir = await scratch();
  await writeFile(join(dir, 's.json'), JSON.stringify({ fonts: { paths: { fangsong: join(dir, '没有这个字体.ttf') } } }));
  const run = await cli('report', '--profile', PROFILE, '--quarter', '2025Q1', '--out', join(dir, 'b.pdf'), '--settings', join(dir, 's.json'), ...NOW, Q1);
  assert.equal(run.code, 1);
  assert.match(run.out, /共 \d+ 个文件：导入/);
  assert.match(run.err, /无法读取字体文件“.*没有这个字体\.ttf”/);
  assert.match(run.err, /未生成文件。/);
  assert.equal(await exists(join(dir, 'b.pdf')), false);
  await writeFile(join(dir, 'bad.xlsx'), 'not a workbook');
  const rejected = await cli('report', '--profile', PROFILE, '--quarter', '2025Q1', '--out', join(dir, 'b.pdf'), '--settings', join(dir, 's.json'), ...NOW, join(dir, 'bad.xlsx'));
  assert.equal(rejected.code, 1);
  assert.match(rejected.err, /有文件未通过检查/);
  assert.doesNotMatch(rejected.err, /字体|发生意外错误/);
});

test('reading a database that does not exist is an error, and no empty database is left behind', async () => {
  const dir = await scratch();
  const run = await cli('report', '--profile', PROFILE, '--db', join(dir, 'typo.sqlite'), '--quarter', '2025Q1', '--out', join(dir, 'b.pdf'), ...NOW);
  assert.equal(run.code, 1);
  assert.match(run.err, /typo\.sqlite：找不到数据库文件，未生成简报。/);
  assert.equal(await exists(join(dir, 'typo.sqlite')), false);
});

test('a folder never drops a file without a word: every file not read is listed with its reason, and the rest import', async () => {
  const dir = await scratch();
  await mkdir(join(dir, 'in'));
  await copyFile(join(Q1, '韩城市-2025年1月.xlsx'), join(dir, 'in', '韩城市-2025年1月.xlsx'));
  await writeFile(join(dir, 'in', '~$韩城市-2025年1月.xlsx'), 'lock');
  await writeFile(join(dir, 'in', '报送说明.docx'), 'doc');
  const run = await cli('import', '--profile', PROFILE, join(dir, 'in'));
  assert.equal(run.code, 0, run.err);
  assert.match(run.out, /✓ .*韩城市-2025年1月\.xlsx：韩城市 2025年1月/);
  assert.match(run.out, /另有 2 个文件未读取：\n－ .*~\$韩城市-2025年1月\.xlsx：Excel\/WPS 打开文件时产生的临时锁定文件.*\n－ .*报送说明\.docx：Word\/WPS 文字文档/);
});

test('an empty (0-byte) file says it is empty, and library English never reaches the user', async () => {
  const dir = await scratch();
  await writeFile(join(dir, '华阴市-2025年4月.xlsx'), new Uint8Array(0));
  await writeFile(join(dir, '华阴市-2025年5月.xlsx'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(40, 7)]));
  const run = await cli('import', '--profile', PROFILE, dir);
  assert.equal(run.code, 1);
  assert.match(run.out, /华阴市-2025年4月\.xlsx：有 1 处问题.*\n    文件是空的（0 字节）/);
  assert.match(run.out, /华阴市-2025年5月\.xlsx：有 1 处问题.*\n    文件已损坏或不完整/);
  assert.doesNotMatch(run.out + run.err, /[A-Za-z]{4,} [a-z]{3,}/, 'no English sentence');
});

test('a layout taught in the profile reads that county\'s later files through the CLI too', async () => {
  const dir = await scratch();
  const profile = JSON.parse(await readFile(PROFILE, 'utf8'));
  profile.layouts = [{
    name: '合阳县系统导出', county: '合阳县', kind: 'collection', header: ['点位', 'XB01', 'XB02', 'JC01', 'JC02'],
    fields: { wholeBloodDonors: { header: 'XB01' }, wholeBloodUnits: { header: 'XB02', unit: 'U' }, plateletDonors: { header: 'JC01' }, plateletDoses: { header: 'JC02' } },
  }];
  await writeFile(join(dir, 'profile.json'), JSON.stringify(profile));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1');
  [['合阳县2025年5月采血数据'], ['点位', '备注', 'XB01', 'XB02', 'JC01', 'JC02'], ['城关', '', 130, 260, 2, 3]].forEach((row) => sheet.addRow(row));
  await book.xlsx.writeFile(join(dir, '导出.xlsx'));
  const run = await cli('import', '--profile', join(dir, 'profile.json'), join(dir, '导出.xlsx'));
  assert.equal(run.code, 0, run.out + run.err);
  assert.match(run.out, /✓ .*导出\.xlsx：合阳县 2025年5月/);
});

test('report without settings warns naming what to fill; settings writes a starter file; filled, it prints the 版记 and warns no more', async () => {
  const dir = await scratch();
  const bare = await cli('report', '--profile', PROFILE, '--quarter', '2025Q1', '--out', join(dir, 'a.pdf'), ...NOW, Q1);
  assert.equal(bare.code, 0, bare.err);
  assert.match(bare.err, /提示：本期简报设置尚未填写期号（issueNumber.*）、编印单位（unit）、版记的报、送、发单位（recipients）、印数（copies）/);
  assert.doesNotMatch(pdfTextCompact(join(dir, 'a.pdf')), /配置|程序/);

  const file = join(dir, '简报设置.json');
  const written = await cli('settings', '--out', file, '--profile', PROFILE);
  assert.equal(written.code, 0, written.err);
  assert.match(written.out, /已生成简报设置文件：.*简报设置\.json/);
  const starter = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(starter.unit, '渭南市中心血站');
  assert.equal(starter.issueNumber, null);
  const again = await cli('settings', '--out', file);
  assert.equal(again.code, 1);
  assert.match(again.err, /文件已存在，未覆盖/);

  await writeFile(file, JSON.stringify({ ...starter, issueNumber: 5, recipients: { 报: '市卫生健康委员会', 送: '', 发: '各区县卫生健康局' }, copies: 30, fonts: { bundledOnly: true } }));
  const filled = await cli('report', '--profile', PROFILE, '--quarter', '2025Q1', '--out', join(dir, 'b.pdf'), '--settings', file, ...NOW, Q1);
  assert.equal(filled.code, 0, filled.err);
  assert.doesNotMatch(filled.err, /提示/);
  const text = pdfTextCompact(join(dir, 'b.pdf'));
  assert.ok(text.includes('第5期') && text.includes('报：市卫生健康委员会') && text.includes('共印30份'), text.slice(-400));
});
