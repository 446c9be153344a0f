import { csvTokenizer } from './csv-tokenizer.ts';

/**
 * Splits CSV text into a grid of strings (RFC 4180: quoted fields, doubled quotes, line breaks inside
 * quotes). Parsed here rather than by SheetJS because SheetJS turns "2025-01" into a date and
 * "1,023" into a number, losing what the county typed. A tab-separated file is recognised by its first line.
 */
export function parseCsv(text: string): string[][] {
  const tokenizer = csvTokenizer(chooseDelimiter(text));
  const rows = tokenizer.feed(text);
  for (const row of tokenizer.end()) rows.push(row);
  return rows;
}

/**
 * Tab-separated ("Unicode 文本", pasted exports) when the first lines hold more tabs than commas: a title line
 * alone on the first row has neither, so several lines are counted, not only the first.
 */
export function chooseDelimiter(text: string): ',' | '\t' {
  const head = text.slice(0, 4096).split(/\r\n|\r|\n/).slice(0, 10).join('\n');
  const count = (ch: string) => head.split(ch).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}
