import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileHead, fileSha256, lazyInputFile, unreadSize } from '../../../electron/core/io/lazy-input-file.ts';
import { readInputs } from '../../../electron/core/io/read-inputs.ts';
import { RECORDS_STREAM_BYTES, streamedFile } from '../../../electron/core/import/records/parse-records-stream.ts';

/** 3 MB (past 1 MB reads) of a CSV and of bytes starting like a zip, and a small CSV. */
async function files(): Promise<{ dir: string; csv: Uint8Array; zip: Uint8Array }> {
  const dir = await mkdtemp(join(tmpdir(), 'bb-lazy-'));
  const csv = new Uint8Array(3 * 1024 * 1024 + 7).map((_, i) => 48 + (i % 10));
  const zip = new Uint8Array(RECORDS_STREAM_BYTES).fill(1);
  zip.set([0x50, 0x4b, 0x03, 0x04]);
  await writeFile(join(dir, 'big.csv'), csv);
  await writeFile(join(dir, 'renamed.xls'), zip);
  await writeFile(join(dir, 'small.csv'), 'a,b\r\n');
  return { dir, csv, zip };
}

test('readInputs leaves a large file’s bytes on disk until asked for; they are the file’s, and a copy carries them', async () => {
  const { dir, csv } = await files();
  const { files: read } = await readInputs([join(dir, 'big.csv'), join(dir, 'small.csv')]);
  const [big, small] = read;
  assert.equal(unreadSize(big!), csv.length);
  assert.equal(unreadSize(small!), undefined);
  assert.equal(streamedFile(big!)?.bytes, csv.length);
  assert.equal(unreadSize(big!), csv.length, 'streamedFile left the bytes on disk');
  assert.deepEqual(small!.bytes, new TextEncoder().encode('a,b\r\n'));
  assert.equal(big!.path, join(dir, 'big.csv'));
  assert.deepEqual(big!.bytes, csv);
  assert.equal(big!.bytes, big!.bytes);
  assert.equal(unreadSize(big!), undefined, 'read once, then kept');
  // What the worker gets (structured clone) has the bytes, not the size.
  const copy = structuredClone(big!);
  assert.deepEqual(copy, { name: join(dir, 'big.csv'), path: join(dir, 'big.csv'), bytes: csv });
});

test('a lazy file is streamed by its size, first bytes and hash on disk, as a file read into memory is', async () => {
  const { dir, csv, zip } = await files();
  const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  const csvPath = join(dir, 'big.csv');
  const zipPath = join(dir, 'renamed.xls');
  assert.equal(fileSha256(csvPath), sha(csv));
  assert.deepEqual(fileHead(zipPath, 8), zip.subarray(0, 8));
  assert.deepEqual(fileHead(join(dir, 'small.csv'), 8), new TextEncoder().encode('a,b\r\n'));
  const lazy = lazyInputFile(csvPath, csvPath, csv.length);
  assert.deepEqual(streamedFile(lazy), streamedFile({ name: csvPath, path: csvPath, bytes: csv }));
  assert.equal(unreadSize(lazy), csv.length, 'streamedFile left the bytes on disk');
  assert.deepEqual(streamedFile(lazy), { name: csvPath, path: csvPath, sha256: sha(csv), bytes: csv.length, csv: true });
  assert.deepEqual(streamedFile(lazyInputFile(zipPath, zipPath, zip.length)), { name: zipPath, path: zipPath, sha256: sha(zip), bytes: zip.length, csv: false });
  assert.equal(streamedFile(lazyInputFile(zipPath, zipPath, RECORDS_STREAM_BYTES - 1)), null);
  const xls = join(dir, 'old.xls');
  await writeFile(xls, csv);
  assert.equal(streamedFile(lazyInputFile(xls, xls, csv.length)), null);
});
