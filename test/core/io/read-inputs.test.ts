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

test('walks folders recursively in a stable order; lock files and other documents are listed as skipped with the reason', async () => {
  const root = await folderOfFiles();
  const { files, problems, skipped } = await readInputs([root]);
  assert.deepEqual(files.map((f) => f.name), ['a.CSV', 'b.xlsx', join('二月', 'c.xls')].map((n) => join(root, n)));
  assert.equal(new TextDecoder().decode(files[1].bytes), 'B');
  assert.deepEqual(problems, []);
  assert.deepEqual(skipped.map((p) => p.file), [join(root, '~$b.xlsx'), join(root, '说明.docx')]);
  assert.match(skipped[0].message, /临时锁定文件/);
  assert.match(skipped[1].message, /Word\/WPS 文字文档/);
});

test('a folder of what counties send: .ods, WPS .et, Unicode .txt are read; images, PDF, zip are named with their reason', async () => {
  const root = await mkdtemp(join(tmpdir(), 'bb-inputs-'));
  for (const name of ['合阳县4月.ods', '澄城县4月.et', '白水县4月.txt', '扫描件.jpg', '月报.pdf', '附件.zip', 'Thumbs.db', '.DS_Store']) await writeFile(join(root, name), 'x');
  const { files, skipped } = await readInputs([root]);
  assert.deepEqual(files.map((f) => f.name), ['合阳县4月.ods', '澄城县4月.et', '白水县4月.txt'].map((n) => join(root, n)).sort());
  assert.deepEqual(skipped.map((p) => [p.file.slice(root.length + 1), p.message.slice(0, 6)]), [
    ['.DS_Store', '隐藏文件或系'], ['Thumbs.db', '不支持的文件'], ['扫描件.jpg', '图片文件无法'], ['月报.pdf', 'PDF 文件'], ['附件.zip', '压缩包未读取'],
  ]);
});

test('reports a missing path and an explicitly named unsupported file, and reads each file once', async () => {
  const root = await folderOfFiles();
  const { files, problems } = await readInputs([join(root, 'nope.xlsx'), join(root, '说明.docx'), join(root, 'b.xlsx'), root]);
  assert.deepEqual(problems.map((p) => p.message), ['找不到该文件或文件夹', 'Word/WPS 文字文档，不是报表，未读取（如其中有数据，请改用 Excel 报表报送）']);
  assert.equal(files.filter((f) => f.name.endsWith('b.xlsx')).length, 1);
});
