/**
 * Zips are checked from their central directory before SheetJS sees them: SheetJS accepts a sheet that
 * fails its CRC and a file missing its last byte, spins on some flipped bits, and inflates bombs whole.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { checkZip } from '../../../electron/core/import/check-zip.ts';
import { parseInput } from '../../../electron/core/import/parse-input.ts';
import { PROFILE } from './parse-fixture.ts';
import { zipOf } from './zip-of.ts';

const SAMPLE = readFileSync(new URL('../../../templates/sample/data/临渭区/临渭区2025年1月采血统计.xlsx', import.meta.url));

/** The sample workbook's parts, re-zipped by zipOf (deflated), optionally changed. */
function parts(): { name: string; data: Uint8Array }[] {
  const zip = XLSX.CFB.read(SAMPLE, { type: 'buffer' });
  return zip.FileIndex.flatMap((entry: { type: number; content: Uint8Array }, i: number) => (entry.type === 2 ? [{ name: zip.FullPaths[i]!.replace(/^[^/]*\//, ''), data: entry.content as Uint8Array }] : []));
}

function messageOf(name: string, bytes: Uint8Array): string {
  const result = parseInput({ name, bytes }, PROFILE);
  assert.equal(result.ok, false);
  return result.ok ? '' : result.problems.map((p) => p.message).join('\n');
}

test('the sample workbook and its re-zipped parts are sound, and the re-zipped one still imports', () => {
  assert.equal(checkZip(SAMPLE), null);
  const rezipped = zipOf(parts().map((p) => ({ ...p, deflate: true })));
  assert.equal(checkZip(rezipped), null);
  const result = parseInput({ name: '临渭区2025年1月采血统计.xlsx', bytes: rezipped }, PROFILE);
  assert.equal(result.ok, true);
});

test('a file missing its last byte is refused as incomplete (SheetJS alone reads it)', () => {
  const cut = SAMPLE.subarray(0, SAMPLE.length - 1);
  assert.doesNotThrow(() => XLSX.read(cut, { type: 'buffer' }));
  assert.match(messageOf('临渭区.xlsx', cut), /^文件已损坏或不完整（找不到压缩包目录（文件不完整/);
});

test('a workbook cut after its first zip header is refused as damaged', () => {
  assert.match(messageOf('临渭区.xlsx', SAMPLE.subarray(0, 40)), /^文件已损坏或不完整/);
});

test('a sheet failing its CRC is refused naming the part (SheetJS alone reads it)', () => {
  const sheetName = parts().find((p) => p.name.endsWith('sheet1.xml'))!.name;
  const bad = zipOf(parts().map((p) => ({ ...p, deflate: true, ...(p.name === sheetName ? { crc: 12345 } : {}) })));
  assert.doesNotThrow(() => XLSX.read(bad, { type: 'buffer' }));
  assert.match(messageOf('临渭区.xlsx', bad), new RegExp(`部件 ${sheetName} 校验失败（CRC）`));
});

test('every single flipped bit in the compressed bytes of the sample is refused or reads the same figures', () => {
  const good = parseInput({ name: '临渭区2025年1月采血统计.xlsx', bytes: SAMPLE }, PROFILE);
  assert.ok(good.ok);
  // Every 97th byte of the file: headers, compressed sheet, theme, directory.
  for (let at = 0; at < SAMPLE.length; at += 97) {
    const flipped = Buffer.from(SAMPLE);
    flipped[at] ^= 0x10;
    const result = parseInput({ name: '临渭区2025年1月采血统计.xlsx', bytes: flipped }, PROFILE);
    if (result.ok) assert.deepEqual(result.value.collections.map((r) => r.wholeBloodDonors), good.value.collections.map((r) => r.wholeBloodDonors), `byte ${at}`);
    else assert.ok(result.problems.every((p) => !/[A-Za-z]{6,}/.test(p.message.replace(/\[Content_Types\]|docProps|worksheets|sharedStrings|workbook|styles|theme\d*|_rels|\.xml|\.rels/g, ''))), `byte ${at}: ${result.problems[0]?.message}`);
  }
});

test('a zip bomb (64 MB of zeros in 64 KB) is refused by its ratio before anything is inflated', () => {
  const bomb = zipOf([...parts().map((p) => ({ ...p, deflate: true })), { name: 'xl/media/image1.bin', data: new Uint8Array(64 * 1024 * 1024), deflate: true }]);
  assert.ok(bomb.length < 200 * 1024);
  assert.match(messageOf('临渭区.xlsx', bomb), /^文件过大或结构异常（部件 xl\/media\/image1\.bin 压缩比异常（0\.1 MB 解压为 64\.0 MB），可能是“压缩炸弹”）/);
});

test('a declared total over 200 MB is refused without inflating', () => {
  const huge = zipOf([...parts().map((p) => ({ ...p, deflate: true })), { name: 'xl/worksheets/sheet9.xml', data: new Uint8Array(10), declaredSize: 300 * 1024 * 1024 }]);
  assert.match(messageOf('临渭区.xlsx', huge), /^文件过大或结构异常（解压后共 300\.\d MB，超过 200\.0 MB）/);
});

test('an entry that inflates past its declared size is damaged, and is never inflated past it', () => {
  const liar = zipOf([...parts().map((p) => ({ ...p, deflate: true })), { name: 'xl/media/x.bin', data: new Uint8Array(8 * 1024 * 1024), deflate: true, declaredSize: 1000 }]);
  assert.match(messageOf('临渭区.xlsx', liar), /部件 xl\/media\/x\.bin 的压缩数据已损坏/);
});

test('a workbook of 10 000 sheets is refused by its part count before anything is inflated', () => {
  const many = zipOf([...parts().map((p) => ({ ...p, deflate: true })), ...Array.from({ length: 10_000 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 10}.xml`, data: new Uint8Array(0) }))]);
  assert.match(messageOf('临渭区.xlsx', many), /^文件过大或结构异常（压缩包中有 10\d{3} 个部件，超过 5000 个）/);
});
