import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeText } from '../../../electron/core/import/decode-text.ts';

const TEXT = '采血点,全血人次\n献血屋,120\n';

test('GBK bytes (Chinese Excel "CSV") decode as GB18030', () => {
  assert.deepEqual(decodeText(iconv.encode(TEXT, 'gbk')), { text: TEXT, encoding: 'gb18030' });
});

test('UTF-8 with and without BOM; the BOM is dropped', () => {
  const utf8 = new TextEncoder().encode(TEXT);
  assert.deepEqual(decodeText(utf8), { text: TEXT, encoding: 'utf-8' });
  assert.deepEqual(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])), { text: TEXT, encoding: 'utf-8' });
});

test('UTF-16 with a byte-order mark (Excel "Unicode 文本"), little and big endian', () => {
  assert.deepEqual(decodeText(new Uint8Array([0xff, 0xfe, ...iconv.encode(TEXT, 'utf-16le')])), { text: TEXT, encoding: 'utf-16le' });
  assert.deepEqual(decodeText(new Uint8Array([0xfe, 0xff, ...iconv.encode(TEXT, 'utf-16be')])), { text: TEXT, encoding: 'utf-16be' });
});
