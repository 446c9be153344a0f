import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { stableZip } from '../../../electron/core/util/stable-zip.ts';

async function workbookBytes(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.created = book.modified = new Date(Date.UTC(2025, 0, 1));
  book.addWorksheet('采血统计').addRow(['合计', 1023]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

test('the same workbook written at different times gives identical bytes that still open', async () => {
  const date = new Date(Date.UTC(2025, 3, 11, 1));
  const first = await stableZip(await workbookBytes(), date);
  await new Promise((resolve) => setTimeout(resolve, 2100)); // DOS zip times have 2-second resolution
  const second = await stableZip(await workbookBytes(), date);
  assert.deepEqual(Buffer.from(first), Buffer.from(second));
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(Buffer.from(second) as unknown as ArrayBuffer);
  assert.equal(reread.getWorksheet('采血统计')?.getCell('B1').value, 1023);
});
