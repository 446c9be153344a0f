/**
 * The bench's donation-records export (issue 14, goal P4), generated deterministically, never committed:
 * `writeDonationExport(dir, rows)` writes the same rows as CSV (UTF-8 with BOM) and as .xlsx (dates as date-formatted
 * serial days, repeated texts as shared strings, donor ids and barcodes inline, as the systems' exports are).
 */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, createDeflateRaw } from 'node:zlib';

const HEADER = ['献血日期', '献血码', '献血者编号', '区县', '献血类型', '献血量(ml)', 'ABO', 'RhD', '首次/再次', '团体/个人', '性别', '年龄'];
const COUNTIES = ['临渭区', '华州区', '潼关县', '大荔县', '合阳县', '澄城县', '蒲城县', '白水县', '富平县', '韩城市', '华阴市'];
const VOLUMES = [400, 200, 400, 300, 400, 200, 400, 400, 200, 400];
const ABO = ['O', 'A', 'B', 'O', 'AB', 'A', 'O', 'B'];
/** Serial day of 2025-01-01 (Excel counts from 1899-12-30). */
const JAN_1 = 45658;
const MONTH_START = [0, 31, 59];

/** Row i of the export: 11 counties in turn, the quarter's three months, 1 in 20 a platelet donation. */
function donation(i: number, rows: number): { day: number; cells: (string | number)[] } {
  const month = Math.floor(i / COUNTIES.length) % 3;
  const day = MONTH_START[month]! + (i % 28);
  const platelet = i % 20 === 0;
  const amount = platelet ? 1 + (i % 3 === 0 ? 1 : 0) : VOLUMES[i % 10]!;
  // Donor ids repeat (a multiplicative walk over 70 % as many ids as rows), so some give twice in a month.
  const donor = `D${String((i * 7919) % Math.max(1, Math.floor(rows * 0.7))).padStart(8, '0')}`;
  return { day, cells: [`B2025${String(i).padStart(8, '0')}`, donor, COUNTIES[i % COUNTIES.length]!, platelet ? '机采血小板' : '全血', amount, ABO[i % 8]!, i % 250 === 0 ? '阴性' : '阳性', i % 3 === 0 ? '首次' : '再次', i % 5 < 2 ? '团体' : '个人', i % 2 ? '女' : '男', 18 + (i % 42)] };
}

function isoDay(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

/** Writes `rows` donations as 2025年第一季度献血记录.csv and .xlsx in `dir`; returns both paths. */
export async function writeDonationExport(dir: string, rows: number): Promise<{ csv: string; xlsx: string }> {
  await mkdir(join(dir, 'csv'), { recursive: true });
  await mkdir(join(dir, 'xlsx'), { recursive: true });
  const csv = join(dir, 'csv', '2025年第一季度献血记录.csv');
  const xlsx = join(dir, 'xlsx', '2025年第一季度献血记录.xlsx');
  await writeChunks(csv, csvChunks(rows));
  await writeFile(xlsx, await xlsxBytes(rows));
  return { csv, xlsx };
}

function* csvChunks(rows: number): Generator<string> {
  yield `\ufeff${HEADER.join(',')}\r\n`;
  for (let start = 0; start < rows; start += 10_000) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(rows, start + 10_000); i++) {
      const { day, cells } = donation(i, rows);
      lines.push(`${isoDay(JAN_1 + day)},${cells.join(',')}\r\n`);
    }
    yield lines.join('');
  }
}

async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const chunk of chunks) if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function* sheetChunks(rows: number, shared: Map<string, number>): Generator<string> {
  const column = (c: number) => String.fromCharCode(65 + c);
  const text = (ref: string, value: string) => (shared.has(value) ? `<c r="${ref}" t="s"><v>${shared.get(value)}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`);
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
  yield `<row r="1">${HEADER.map((h, c) => text(`${column(c)}1`, h)).join('')}</row>`;
  for (let start = 0; start < rows; start += 10_000) {
    const parts: string[] = [];
    for (let i = start; i < Math.min(rows, start + 10_000); i++) {
      const r = i + 2;
      const { day, cells } = donation(i, rows);
      parts.push(`<row r="${r}"><c r="A${r}" s="1"><v>${JAN_1 + day}</v></c>${cells.map((v, c) => (typeof v === 'number' ? `<c r="${column(c + 1)}${r}"><v>${v}</v></c>` : text(`${column(c + 1)}${r}`, v))).join('')}</row>`);
    }
    yield parts.join('');
  }
  yield '</sheetData></worksheet>';
}

async function xlsxBytes(rows: number): Promise<Buffer> {
  const sharedTexts = [...HEADER, ...COUNTIES, '全血', '机采血小板', ...new Set(ABO), '阴性', '阳性', '首次', '再次', '团体', '个人', '女', '男'];
  const shared = new Map(sharedTexts.map((t, i) => [t, i]));
  const parts: [string, Iterable<string>][] = [
    ['[Content_Types].xml', [`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`]],
    ['_rels/.rels', [`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`]],
    ['xl/workbook.xml', [`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`]],
    ['xl/_rels/workbook.xml.rels', [`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`]],
    ['xl/styles.xml', [`<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`]],
    ['xl/sharedStrings.xml', [`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sharedTexts.length}" uniqueCount="${sharedTexts.length}">${sharedTexts.map((t) => `<si><t>${escapeXml(t)}</t></si>`).join('')}</sst>`]],
    ['xl/worksheets/sheet1.xml', sheetChunks(rows, shared)],
  ];
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, chunks] of parts) {
    const { data, crc, size } = await deflated(chunks);
    const nameBytes = Buffer.from(name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0); header.writeUInt16LE(20, 4); header.writeUInt16LE(0x0800, 6); header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc, 14); header.writeUInt32LE(data.length, 18); header.writeUInt32LE(size, 22); header.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0); entry.writeUInt16LE(20, 4); entry.writeUInt16LE(20, 6); entry.writeUInt16LE(0x0800, 8); entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16); entry.writeUInt32LE(data.length, 20); entry.writeUInt32LE(size, 24); entry.writeUInt16LE(nameBytes.length, 28); entry.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, data);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(parts.length, 8); end.writeUInt16LE(parts.length, 10); end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** One part deflated as a stream (the sheet is hundreds of MB as text), with its CRC-32 and inflated size. */
async function deflated(chunks: Iterable<string>): Promise<{ data: Buffer; crc: number; size: number }> {
  const deflate = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    const bytes = Buffer.from(chunk, 'utf8');
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await new Promise<void>((resolve) => deflate.once('drain', () => resolve()));
  }
  deflate.end();
  await done;
  return { data: Buffer.concat(out), crc, size };
}
