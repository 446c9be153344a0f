/**
 * The floor of reading an .xlsx, for `npm run bench`: find the worksheets in the zip's central directory,
 * inflate them with zlib and scan their bytes once (counting cells). No parser can read a sheet faster.
 * `node xlsx-floor.ts FILE [runs]` prints {"ms": [ms…], "cells": n}.
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/** The compressed bytes of every xl/worksheets/*.xml entry (central directory, then local headers). */
function worksheetEntries(zip: Buffer): Buffer[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      entries.push(method === 8 ? inflateRawSync(data) : data);
    }
    at += 46 + nameLength + extra;
  }
  return entries;
}

function scan(xml: Buffer): number {
  let cells = 0;
  for (let i = xml.indexOf('<c '); i >= 0; i = xml.indexOf('<c ', i + 3)) cells++;
  return cells;
}

const [file, runs = '5'] = process.argv.slice(2);
const zip = readFileSync(file!);
const ms: number[] = [];
let cells = 0;
for (let r = 0; r < Number(runs); r++) {
  const start = performance.now();
  cells = worksheetEntries(zip).reduce((n, xml) => n + scan(xml), 0);
  ms.push(performance.now() - start);
}
process.stdout.write(JSON.stringify({ ms, cells }));
