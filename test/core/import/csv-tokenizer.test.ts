/**
 * The one-pass CSV tokenizer splits exactly as the character-by-character parser it replaced (kept here as
 * the reference): seeded random texts full of quotes, doubled quotes, delimiters, CR, LF and CRLF, read whole
 * by parseCsv and fed in random pieces (a quote or a CRLF cut between two pieces), compared row by row.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvTokenizer } from '../../../electron/core/import/csv-tokenizer.ts';
import { parseCsv } from '../../../electron/core/import/parse-csv.ts';

/** The parser before the tokenizer (RFC 4180 as this project reads it), character by character. */
function reference(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const ALPHABET = ['a', '1', '中', ' ', ',', ',', '"', '"', '"', '\r', '\n', '\r\n', '\t'];

function text(next: () => number): string {
  return Array.from({ length: Math.floor(next() * 120) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
}

test('2000 random texts split as the reference parser splits them (comma-separated, the delimiter chosen as before)', () => {
  const next = random(20261202);
  for (let i = 0; i < 2000; i++) {
    const sample = text(next);
    const delimiter = (sample.slice(0, 4096).split(/\r\n|\r|\n/).slice(0, 10).join('\n').split('\t').length > sample.slice(0, 4096).split(/\r\n|\r|\n/).slice(0, 10).join('\n').split(',').length) ? '\t' : ',';
    assert.deepEqual(parseCsv(sample), reference(sample, delimiter), JSON.stringify(sample));
  }
});

test('fed in random pieces, the tokenizer gives the rows it gives for the whole text (tab-separated too)', () => {
  const next = random(7);
  for (let i = 0; i < 2000; i++) {
    const sample = text(next);
    for (const delimiter of [',', '\t'] as const) {
      const whole = reference(sample, delimiter);
      const tokenizer = csvTokenizer(delimiter);
      const rows: string[][] = [];
      for (let at = 0; at < sample.length;) {
        const size = 1 + Math.floor(next() * 6);
        rows.push(...tokenizer.feed(sample.slice(at, at + size)));
        at += size;
      }
      rows.push(...tokenizer.end());
      assert.deepEqual(rows, whole, JSON.stringify(sample));
    }
  }
});
