import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as XLSX from '@e965/xlsx';
import { parseInput } from '../../../electron/core/import/parse-input.ts';
import { shortenQuotes } from '../../../electron/core/import/shorten-quotes.ts';
import { PROFILE } from './parse-fixture.ts';

test('a quoted run longer than 38 characters keeps its first 30 and says how long it was', () => {
  assert.equal(shortenQuotes(`单元格的内容“${'甲'.repeat(100)}”不是数字`), `单元格的内容“${'甲'.repeat(30)}…”（共 100 字）不是数字`);
  assert.equal(shortenQuotes('表头“全血采集量(ml)”没有注明单位'), '表头“全血采集量(ml)”没有注明单位');
});

test('a 5 MB text in a figure cell is quoted in a few dozen characters, naming the cell', () => {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['华阴市2025年4月无偿献血采血情况'],
    ['采血点', '全血人次', '全血采集量(U)', '机采血小板人次', '机采血小板治疗量'],
    ['献血屋', 'PLACEHOLDER', 210, 5, 8],
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '4月');
  // SheetJS will not write a cell over Excel's 32 767 characters; other programs do, so edit the XML.
  const zip = XLSX.CFB.read(XLSX.write(book, { bookType: 'xlsx', type: 'buffer' }) as Buffer, { type: 'buffer' });
  const i = zip.FullPaths.findIndex((p: string) => p.endsWith('xl/worksheets/sheet1.xml'));
  zip.FileIndex[i]!.content = Buffer.from(Buffer.from(zip.FileIndex[i]!.content as Uint8Array).toString('utf8').replace('PLACEHOLDER', 'x'.repeat(5_000_000)));
  const result = parseInput({ name: '华阴市2025年4月.xlsx', bytes: XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer' }) as Buffer }, PROFILE);
  assert.equal(result.ok, false);
  const problem = result.ok ? undefined : result.problems.find((p) => p.cell === 'B3');
  assert.ok(problem, JSON.stringify(result).slice(0, 500));
  assert.ok(problem.message.length < 200, `${problem.message.length} characters`);
  assert.match(problem.message, /“x{30}…”（共 32767 字）/);
});
