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
  const first = stableZip(await workbookBytes(), date);
  await new Promise((resolve) => setTimeout(resolve, 2100)); // DOS zip times have 2-second resolution
  const second = stableZip(await workbookBytes(), date);
  assert.deepEqual(Buffer.from(first), Buffer.from(second));
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(Buffer.from(second) as unknown as ArrayBuffer);
  assert.equal(reread.getWorksheet('采血统计')?.getCell('B1').value, 1023);
});

test('every entry carries the given time as MS-DOS date and time words', async () => {
  const zip = stableZip(await workbookBytes(), new Date(Date.UTC(2025, 3, 11, 9, 30, 4)));
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The first local file header starts the zip: signature, version, flags, method, then time and date.
  assert.equal(view.getUint32(0, true), 0x04034b50);
  assert.equal(view.getUint16(10, true), (9 << 11) | (30 << 5) | 2);
  assert.equal(view.getUint16(12, true), ((2025 - 1980) << 9) | (4 << 5) | 11);
});

test('bytes that are not a zip are refused', () => {
  assert.throws(() => stableZip(new Uint8Array(40), new Date()), /not a zip file/);
});
