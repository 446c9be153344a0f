/**
 * A county's zip made on Chinese Windows and unpacked on Linux leaves GBK bytes in file names: such a file
 * is read by its raw name and shown decoded, instead of "找不到该文件"; a name the command line mangled says why.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readInputs } from '../../../electron/core/io/read-inputs.ts';
import { parseInput } from '../../../electron/core/import/parse-input.ts';
import { PROFILE } from '../import/parse-fixture.ts';

const SAMPLE = 'templates/sample/data/临渭区/临渭区2025年1月采血统计.xlsx';

test('a file whose name is GBK bytes is found in its folder, shown in Chinese and imports', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bb-gbk-'));
  const raw = Buffer.concat([Buffer.from(`${dir}/`), iconv.encode('临渭区2025年1月采血统计.xlsx', 'gbk')]);
  writeFileSync(raw, readFileSync(SAMPLE));
  copyFileSync(SAMPLE, join(dir, '临渭区2025年2月.xlsx'));
  const gathered = await readInputs([dir]);
  assert.deepEqual(gathered.problems, []);
  assert.deepEqual(gathered.files.map((f) => f.name), [join(dir, '临渭区2025年1月采血统计.xlsx'), join(dir, '临渭区2025年2月.xlsx')]);
  const parsed = parseInput(gathered.files[0]!, PROFILE);
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.value.collections.map((r) => [r.county, r.month]), [['临渭区', '2025-01']]);
});

test('a name that reached us already mangled (U+FFFD) says what is wrong, not only 找不到', async () => {
  const gathered = await readInputs([join(tmpdir(), '\ufffd\ufffd2025年1月.xlsx')]);
  assert.equal(gathered.problems.length, 1);
  assert.match(gathered.problems[0]!.message, /^文件名中有无法识别的字符（常见于在 Windows 上压缩、在 Linux 上解压的中文文件名）/);
});
