/**
 * The CLI under hostile inputs: a file too big for its memory limit is refused on its own line while the
 * rest of the batch imports; names with terminal escapes are printed neutralised; nothing English leaks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { runCli } from '../../electron/cli/run-cli.ts';
import { printable } from '../../electron/cli/printable.ts';

const PROFILE = 'test/fixtures/profile-weinan.json';
const GOOD = 'test/fixtures/files/weinan-2025q1/临渭区-2025年第一季度.xlsx';

async function cli(env: Record<string, string>, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env });
  return { code, out: out.join(''), err: err.join('') };
}

function manyRows(rows: number): Buffer {
  const aoa: unknown[][] = [['华阴市2025年4月无偿献血采血情况'], ['采血点', '全血人次', '全血采集量(U)', '机采血小板人次', '机采血小板治疗量']];
  for (let i = 0; i < rows; i += 1) aoa.push([`采血点${i}`, 1, 1.5, 0, 0]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa, { dense: true } as XLSX.AOA2SheetOpts), '4月');
  return XLSX.write(book, { bookType: 'xlsx', type: 'buffer', compression: true }) as Buffer;
}

test('control characters and bidi overrides become visible escapes', () => {
  assert.equal(printable('华阴市\u001b[31m红\u0007\r\n.xlsx\u202e'), '华阴市\\x1B[31m红\\x07\\x0D\\x0A.xlsx\\x202E');
  assert.equal(printable('临渭区2025年1月采血统计.xlsx'), '临渭区2025年1月采血统计.xlsx');
});

test('import: a file over the memory limit is refused with the message, the next file imports, and a name with ESC is printed escaped', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bb-safety-'));
  await writeFile(join(dir, '华阴市2025年4月-大.xlsx'), manyRows(100_000));
  await copyFile(GOOD, join(dir, '临渭区\u001b]0;pwned\u0007-2025年第一季度.xlsx'));
  const run = await cli({ BLOOD_BRIEF_READ_MB: '32' }, 'import', '--profile', PROFILE, '--db', join(dir, 'db.sqlite'), dir);
  assert.equal(run.code, 1);
  assert.ok(!/[\u0000-\u0009\u000b-\u001f]/.test(run.out + run.err), JSON.stringify(run.out));
  const lines = run.out.split('\n').filter((line) => !line.includes('提示：'));
  assert.match(lines[0]!, new RegExp(`^✓ ${dir}/临渭区\\\\x1B\\]0;pwned\\\\x07-2025年第一季度\\.xlsx：临渭区 2025年1月、2025年2月、2025年3月，新增 3 项`));
  assert.equal(lines[1], `✗ ${dir}/华阴市2025年4月-大.xlsx：有 1 处问题，未导入任何数据`);
  assert.equal(lines[2], '    文件已损坏或过于复杂，读取所需内存超过 32 MB，未导入任何数据：请用 Excel 或 WPS 打开确认后重新保存（删去多余的工作表和空行），或请报送单位重新发送。');
  assert.match(run.out, /共 2 个文件：导入 1，无变化 0，拒绝 1，冲突 0/);
});
