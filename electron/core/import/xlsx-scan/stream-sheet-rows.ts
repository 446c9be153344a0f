/**
 * Rows of a very large file in bounded memory, for record-level import: an .xlsx is read from its zip
 * directory, the shared strings whole (one array), each sheet's XML inflated as a stream and scanned piece by
 * piece; a CSV or .txt is streamed, decoded (UTF-16 by its BOM, else UTF-8 when every byte is valid UTF-8,
 * else GB18030, as decode-text.ts decides for a whole file) and split honouring quotes. Rows come in file
 * order; each sheet's rows must be read before the next sheet is asked for. Errors (damaged zip, CRC) are
 * thrown, possibly after rows were given: the caller stores nothing until the stream has ended.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { chooseDelimiter } from '../parse-csv.ts';
import { csvTokenizer, type CsvTokenizer } from '../csv-tokenizer.ts';
import { bufferedRows } from './buffered-rows.ts';
import { fileBaseName } from '../file-base-name.ts';
import { scannedCell, type CellContext, type ScannedCell } from './scanned-cell.ts';
import { sheetScanner, UnsupportedSheet, type RawCell } from './sheet-xml-scanner.ts';
import { readWorkbookParts } from './workbook-parts.ts';
import { openZipFile, type ZipFile } from './zip-file.ts';

export type { ScannedCell } from './scanned-cell.ts';

/** One row: its zero-based index in the sheet and its cells by zero-based column (holes are null). */
export interface ScannedRow {
  readonly index: number;
  readonly cells: readonly ScannedCell[];
}

/** A sheet of the stream: its name (a CSV file's base name) and its rows. */
export interface ScannedSheet {
  readonly sheetName: string;
  readonly rows: AsyncIterable<ScannedRow>;
}

/** Every sheet of an .xlsx, .xlsm or CSV/.txt file, each as a stream of rows. */
export async function* streamSheetRows(filePath: string): AsyncIterable<ScannedSheet> {
  if (await isZip(filePath)) yield* xlsxSheets(filePath);
  else if (/\.(csv|txt)$/i.test(filePath)) yield { sheetName: fileBaseName(filePath), rows: csvRows(filePath) };
  else throw new Error(`${fileBaseName(filePath)}：逐行读取只支持 .xlsx 与 CSV 文件`);
}

async function isZip(filePath: string): Promise<boolean> {
  const handle = await open(filePath, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}

async function* xlsxSheets(filePath: string): AsyncIterable<ScannedSheet> {
  const zip = await openZipFile(filePath);
  try {
    const texts = new Map<string, string>();
    for (const name of ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml']) {
      const entry = zip.entries.get(name);
      if (entry) texts.set(name, xmlText(await zip.read(entry)));
    }
    const parts = readable(() => readWorkbookParts((name) => texts.get(name)));
    texts.clear();
    for (const sheet of parts.sheets) yield { sheetName: sheet.name, rows: sheetRows(zip, sheet.path, parts) };
  } finally {
    await zip.close();
  }
}

function xmlText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

function sheetRows(zip: ZipFile, path: string, context: CellContext): AsyncIterable<ScannedRow> {
  const entry = zip.entries.get(path);
  if (!entry) throw new Error(`工作簿缺少部件 ${path}`);
  let ready: ScannedRow[] = [];
  let cells: ScannedCell[] = [];
  const scanner = sheetScanner({
    cell: (raw: RawCell) => place(cells, raw.col, scannedCell(raw, context)),
    rowEnd: (index) => {
      ready.push({ index, cells });
      cells = [];
    },
  }, false);
  const decoder = new TextDecoder('utf-8');
  const taken = () => {
    const rows = ready;
    ready = [];
    return rows;
  };
  return bufferedRows(zip.stream(entry), (chunk) => readable(() => {
    scanner.feed(decoder.decode(chunk, { stream: true }));
    return taken();
  }), () => readable(() => {
    scanner.feed(decoder.decode());
    scanner.end();
    return taken();
  }));
}

/**
 * What the whole-file reader leaves to SheetJS (strict OOXML, prefixed XML, damaged tags) cannot be streamed:
 * said in Chinese, as every message the user may see.
 */
function readable<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof UnsupportedSheet) throw new Error(`工作簿的结构不常见或已损坏，无法逐行读取：请用 Excel 或 WPS 打开后另存为 .xlsx 再导入`);
    throw error;
  }
}

function place(cells: ScannedCell[], col: number, value: ScannedCell): void {
  while (cells.length < col) cells.push(null);
  cells[col] = value;
}

/** The encoding decodeText would choose for the whole file, found by one streaming pass over its bytes. */
async function csvEncoding(filePath: string): Promise<'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'> {
  let carry = Buffer.alloc(0);
  let first = true;
  for await (const chunk of createReadStream(filePath, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (first && chunk[0] === 0xff && chunk[1] === 0xfe) return 'utf-16le';
    if (first && chunk[0] === 0xfe && chunk[1] === 0xff) return 'utf-16be';
    first = false;
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const cut = completeLength(bytes);
    if (!isUtf8(bytes.subarray(0, cut))) return 'gb18030';
    carry = Buffer.from(bytes.subarray(cut));
  }
  return carry.length === 0 || isUtf8(carry) ? 'utf-8' : 'gb18030';
}

/** The length of `bytes` without a UTF-8 sequence cut at its end (at most 3 bytes held back). */
function completeLength(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) !== 0x80) {
      const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return need > back ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}

function csvRows(filePath: string): AsyncIterable<ScannedRow> {
  return {
    [Symbol.asyncIterator]: () => {
      let inner: AsyncIterator<ScannedRow> | null = null;
      const open = async () => (inner ??= decodedCsvRows(filePath, await csvEncoding(filePath))[Symbol.asyncIterator]());
      return { next: async () => (await open()).next(), return: async () => (await open()).return?.() ?? { value: undefined, done: true } };
    },
  };
}

/** The file's rows, decoded as `encoding`; the delimiter is chosen from the first lines, as parseCsv chooses it. */
function decodedCsvRows(filePath: string, encoding: string): AsyncIterable<ScannedRow> {
  const decoder = new TextDecoder(encoding);
  let tokenizer: CsvTokenizer | null = null;
  let head = '';
  let index = 0;
  const numbered = (rows: string[][]): ScannedRow[] => rows.map((cells) => ({ index: index++, cells }));
  return bufferedRows(createReadStream(filePath, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>, (chunk) => {
    const text = decoder.decode(chunk, { stream: true });
    if (tokenizer !== null) return numbered(tokenizer.feed(text));
    head += text;
    if (head.length < 4096) return [];
    tokenizer = csvTokenizer(chooseDelimiter(head));
    const rows = numbered(tokenizer.feed(head));
    head = '';
    return rows;
  }, () => {
    const rest = head + decoder.decode();
    tokenizer ??= csvTokenizer(chooseDelimiter(rest));
    return [...numbered(tokenizer.feed(rest)), ...numbered(tokenizer.end())];
  });
}
