/**
 * Seeded mutations of real county workbooks for the fuzz run: byte damage (bit flips, cuts, inserted
 * noise) that the zip check must catch, and structural damage inside a re-zipped, CRC-correct workbook
 * (huge numbers, negatives, cut tags, thousands of duplicated rows, far addresses, entity expansion,
 * control characters in sheet names) that reaches SheetJS and the table reader.
 */
import * as XLSX from '@e965/xlsx';
import { zipOf } from '../core/import/zip-of.ts';

/** mulberry32: a small, fast, seedable PRNG, so every case can be replayed from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (rand: Rand, n: number) => Math.floor(rand() * n);
const pick = <T>(rand: Rand, items: readonly T[]): T => items[int(rand, items.length)]!;

/** One mutated input and what was done to it, for the report of a failing case. */
export interface Mutant {
  readonly bytes: Uint8Array;
  readonly how: string;
}

/** Mutates `base` (an .xlsx, or any bytes) once, as chosen by `rand`. */
export function mutateWorkbook(base: Uint8Array, rand: Rand): Mutant {
  const isZip = base[0] === 0x50 && base[1] === 0x4b;
  if (!isZip || rand() < 0.35) return mutateBytes(base, rand);
  return mutateParts(base, rand);
}

function mutateBytes(base: Uint8Array, rand: Rand): Mutant {
  const bytes = Buffer.from(base);
  switch (int(rand, 4)) {
    case 0: {
      const flips = 1 + int(rand, 8);
      for (let i = 0; i < flips; i += 1) bytes[int(rand, bytes.length)] ^= 1 << int(rand, 8);
      return { bytes, how: `${flips} 个比特翻转` };
    }
    case 1: {
      const at = int(rand, bytes.length);
      return { bytes: bytes.subarray(0, at), how: `截断于第 ${at} 字节` };
    }
    case 2: {
      const at = int(rand, bytes.length);
      const noise = Buffer.from(Array.from({ length: 1 + int(rand, 64) }, () => int(rand, 256)));
      return { bytes: Buffer.concat([bytes.subarray(0, at), noise, bytes.subarray(at)]), how: `第 ${at} 字节处插入 ${noise.length} 字节` };
    }
    default: {
      const at = int(rand, bytes.length);
      bytes.fill(int(rand, 256), at, Math.min(bytes.length, at + 1 + int(rand, 512)));
      return { bytes, how: `第 ${at} 字节起覆盖` };
    }
  }
}

const NUMBERS = ['1e14', '-5', 'NaN', '99999999999999999999', '', '1.5', '0x1F', '1e308', '-0', '3.000000001'];
const JUNK = ['<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>', '&#0;', '<c r="A1"', ']]>', '\u0000', '<row r="0">', '<v>', '&unknown;'];

function mutateParts(base: Uint8Array, rand: Rand): Mutant {
  const zip = XLSX.CFB.read(Buffer.from(base), { type: 'buffer' });
  const parts: { name: string; data: Uint8Array }[] = zip.FileIndex.flatMap((entry: { type: number; content: Uint8Array }, i: number) => (entry.type === 2 ? [{ name: String(zip.FullPaths[i]).replace(/^[^/]*\//, ''), data: entry.content }] : []));
  const xmlParts = parts.filter((p) => /\.(xml|rels)$/.test(p.name));
  const preferred = xmlParts.filter((p) => /worksheets|sharedStrings|workbook\.xml/.test(p.name));
  const target = pick(rand, preferred.length > 0 && rand() < 0.8 ? preferred : xmlParts);
  const text = Buffer.from(target.data).toString('utf8');
  const { xml, how } = mutateXml(text, rand);
  const changed = parts.map((p) => (p === target ? { ...p, data: Buffer.from(xml, 'utf8') } : p));
  return { bytes: zipOf(changed.map((p) => ({ ...p, deflate: true }))), how: `${target.name}：${how}` };
}

function mutateXml(text: string, rand: Rand): { xml: string; how: string } {
  switch (int(rand, 7)) {
    case 0: {
      const values = [...text.matchAll(/<v>[^<]*<\/v>|<t[^>]*>[^<]*<\/t>/g)];
      if (values.length === 0) return { xml: text, how: '无数值可改' };
      const hit = pick(rand, values);
      const value = pick(rand, NUMBERS);
      return { xml: text.slice(0, hit.index) + hit[0].replace(/>[^<]*</, `>${value}<`) + text.slice(hit.index! + hit[0].length), how: `把 ${hit[0].slice(0, 40)} 改为 ${value}` };
    }
    case 1: {
      const a = int(rand, text.length);
      const b = Math.min(text.length, a + 1 + int(rand, 200));
      return { xml: text.slice(0, a) + text.slice(b), how: `删去第 ${a}—${b} 个字符` };
    }
    case 2: {
      const rows = [...text.matchAll(/<row[^>]*>.*?<\/row>/gs)];
      if (rows.length === 0) return { xml: text, how: '无行可复制' };
      const row = pick(rand, rows);
      const times = 1 + int(rand, 3000);
      return { xml: text.slice(0, row.index! + row[0].length) + row[0].repeat(times) + text.slice(row.index! + row[0].length), how: `把一行复制 ${times} 次` };
    }
    case 3: {
      const refs = [...text.matchAll(/\b(r|ref)="[A-Z]+\d+(:[A-Z]+\d+)?"/g)];
      if (refs.length === 0) return { xml: text, how: '无地址可改' };
      const ref = pick(rand, refs);
      const far = pick(rand, ['XFD1048576', 'A1048576', 'XFD1', 'A1:XFD1048576', 'AAAAA1', 'A0', 'A99999999']);
      return { xml: text.slice(0, ref.index) + `${ref[1]}="${far}"` + text.slice(ref.index! + ref[0].length), how: `把地址 ${ref[0]} 改为 ${far}` };
    }
    case 4: {
      const at = int(rand, text.length);
      const junk = pick(rand, JUNK);
      return { xml: text.slice(0, at) + junk + text.slice(at), how: `第 ${at} 个字符处插入 ${JSON.stringify(junk).slice(0, 30)}` };
    }
    case 5: {
      const names = [...text.matchAll(/name="[^"]*"/g)];
      if (names.length === 0) return { xml: text, how: '无名称可改' };
      const hit = pick(rand, names);
      return { xml: text.slice(0, hit.index) + 'name="\u001b[31m=cmd|\u202e"' + text.slice(hit.index! + hit[0].length), how: `把 ${hit[0].slice(0, 30)} 改为含控制字符的名称` };
    }
    default: {
      const values = [...text.matchAll(/<v>[^<]*<\/v>/g)];
      if (values.length === 0) return { xml: text, how: '无数值可改' };
      const hit = pick(rand, values);
      const long = 'x'.repeat(1000 + int(rand, 200_000));
      return { xml: text.slice(0, hit.index) + `<v>${long}</v>` + text.slice(hit.index! + hit[0].length), how: `把一个数值换成 ${long.length} 个字符` };
    }
  }
}
