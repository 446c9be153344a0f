import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../../electron/core/io/read-inputs.ts';

async function folderOfFiles(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'bb-inputs-'));
  await mkdir(join(root, '二月'));
  await writeFile(join(root, 'b.xlsx'), 'B');
  await writeFile(join(root, 'a.CSV'), 'A');
  await writeFile(join(root, '~$b.xlsx'), 'lock');
  await writeFile(join(root, '说明.docx'), 'doc');
  await writeFile(join(root, '二月', 'c.xls'), 'C');
  return root;
}

test('walks folders recursively in a stable order, skipping lock files and other documents', async () => {
  const root = await folderOfFiles();
  const { files, problems } = await readInputs([root]);
  assert.deepEqual(files.map((f) => f.name), ['a.CSV', 'b.xlsx', join('二月', 'c.xls')].map((n) => join(root, n)));
  assert.equal(new TextDecoder().decode(files[1].bytes), 'B');
  assert.deepEqual(problems, []);
});

test('reports a missing path and an explicitly named unsupported file, and reads each file once', async () => {
  const root = await folderOfFiles();
  const { files, problems } = await readInputs([join(root, 'nope.xlsx'), join(root, '说明.docx'), join(root, 'b.xlsx'), root]);
  assert.deepEqual(problems.map((p) => p.message), ['找不到该文件或文件夹', '不支持的文件类型，请提供 .xlsx、.xlsm、.xls、.csv 文件']);
  assert.equal(files.filter((f) => f.name.endsWith('b.xlsx')).length, 1);
});
