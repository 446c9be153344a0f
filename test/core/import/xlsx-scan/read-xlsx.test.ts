/**
 * The own .xlsx reader builds exactly the grids readWorkbook builds from SheetJS: every .xlsx fixture, and
 * crafted sheets for what real files hold (merges, date styles, shared, inline and rich strings, hidden sheets,
 * empty styled cells, cached and uncached formulas, shared formulas, errors, booleans, entities, a cell a
 * million rows down, cells out of order). What it does not read the same way it hands back (null), and
 * readWorkbook then gives SheetJS's grid.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { openZip } from '../../../../electron/core/import/check-zip.ts';
import { readWorkbook } from '../../../../electron/core/import/read-workbook.ts';
import { readXlsx } from '../../../../electron/core/import/xlsx-scan/read-xlsx.ts';
import type { SheetGrid } from '../../../../electron/core/import/sheet-grid.ts';
import { zipOf } from '../zip-of.ts';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/files/', import.meta.url));
const SAMPLES = fileURLToPath(new URL('../../../../templates/sample/data/', import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
}

/** The fast reader's grids (null when it hands the file back) and SheetJS's, through readWorkbook without entries. */
function bothReaders(bytes: Uint8Array): { fast: SheetGrid[] | null; sheetjs: SheetGrid[] } {
  const zip = openZip(bytes);
  assert.ok('entries' in zip);
  return { fast: readXlsx(zip.entries), sheetjs: readWorkbook(bytes) };
}

test('every .xlsx fixture and sample file reads into the same grids as with SheetJS', () => {
  const files = [...walk(FIXTURES), ...walk(SAMPLES)].filter((f) => f.endsWith('.xlsx'));
  assert.ok(files.length >= 50, `${files.length} files`);
  for (const file of files) {
    const { fast, sheetjs } = bothReaders(readFileSync(file));
    assert.ok(fast !== null, `${file} was handed back`);
    assert.deepEqual(fast, sheetjs, file);
  }
});

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>';
const ROOT_RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK = '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="4月&amp;汇总" sheetId="1" r:id="rId1"/><sheet name="隐藏" sheetId="2" state="veryHidden" r:id="rId2"/></sheets></workbook>';
const WORKBOOK_RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>';
// Styles: 0 General, 1 built-in date 14, 2 custom 年月 format, 3 custom number format, 4 Chinese built-in date 31.
const STYLES = '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="177" formatCode="#,##0.0_ &quot;U&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="176" applyNumberFormat="1"/><xf numFmtId="177"/><xf numFmtId="14"><alignment horizontal="center"/></xf></cellXfs></styleSheet>';
const STRINGS = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6"><si><t>采血点</t></si><si><t xml:space="preserve"> 全血人次 </t></si><si><r><rPr><b/></rPr><t>机采</t></r><r><t>血小板</t></r><rPh sb="0" eb="2"><t>ジ</t></rPh><phoneticPr fontId="1"/></si><si><t>A&amp;B &lt;1&gt; &#20013;_x000D_</t></si><si><t></t></si><si><t>第一行\r\n第二行</t></si></sst>';

function crafted(sheet1: string | Buffer, sheet2 = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>', extra: { workbook?: string; strings?: string } = {}): Buffer {
  const entry = (name: string, text: string | Buffer) => ({ name, data: typeof text === 'string' ? Buffer.from(text, 'utf8') : text, deflate: true });
  return zipOf([
    entry('[Content_Types].xml', CONTENT_TYPES), entry('_rels/.rels', ROOT_RELS), entry('xl/workbook.xml', extra.workbook ?? WORKBOOK),
    entry('xl/_rels/workbook.xml.rels', WORKBOOK_RELS), entry('xl/styles.xml', STYLES), entry('xl/sharedStrings.xml', extra.strings ?? STRINGS),
    entry('xl/worksheets/sheet1.xml', sheet1), entry('xl/worksheets/sheet2.xml', sheet2),
  ]);
}

const sheet = (data: string, tail = '') => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>${data}</sheetData>${tail}</worksheet>`;

const CASES: Record<string, string> = {
  'shared, rich, escaped and empty strings; merges': sheet('<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s" s="3"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row><row r="2"><c r="A2" s="3"/><c r="B2" s="3"></c></row>', '<mergeCells count="2"><mergeCell ref="A1:D1"/><mergeCell ref="B2:C3"/></mergeCells>'),
  'numbers, date styles (built-in, custom 年月, Chinese built-in 31) and a number style': sheet('<row r="1"><c r="A1" s="1"><v>45748</v></c><c r="B1" s="2"><v>45778</v></c><c r="C1" s="3"><v>1023.5</v></c><c r="D1" s="4"><v>45809</v></c><c r="E1"><v>-1.5E-3</v></c><c r="F1" t="n"><v>7</v></c><c r="G1" s="9"><v>8</v></c></row>'),
  'formulas: cached, uncached, string results, shared across a column, _xlfn prefix': sheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v>2</v></c><c r="C1"><f>SUM(A1:B1)</f></c><c r="D1" t="str"><f>"合"&amp;"计"</f><v>合计</v></c><c r="E1" t="n"><f>A1</f></c></row><row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" ref="B2:B4" si="0">A2*2+$A$1+A$1+_xlfn.STDEV.S(A2:A3)</f><v>5</v></c></row><row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>7</v></c></row><row r="4"><c r="B4"><f t="shared" si="0"/></c></row>'),
  'inline strings, booleans, errors': sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>华阴市</t></is></c><c r="B1" t="inlineStr"><is><r><t>两</t></r><r><t>段</t></r></is></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="e"><v>#REF!</v></c><c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G1" t="inlineStr"/></row>'),
  'a stray value a million rows down and far right': sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c><c r="ZZ2"><v>3</v></c></row><row r="1048576"><c r="XFD1048576" t="s"><v>0</v></c></row>'),
  'rows and cells without r, self-closing rows': sheet('<row r="3"><c><v>1</v></c><c><v>2</v></c><c r="E3"><v>5</v></c><c><v>6</v></c></row><row r="4"/><row><c t="s"><v>0</v></c></row>'),
  'cells out of order and twice at one address (the later one wins, even empty)': sheet('<row r="2"><c r="B2"><v>1</v></c><c r="A2"><v>2</v></c></row><row r="1"><c r="A1"><v>3</v></c><c r="A1"><v>4</v></c><c r="C1"><v>5</v></c><c r="C1" s="3"/></row>'),
  'attributes in single quotes and in other orders, spaces around =': sheet("<row spans='1:2' r='1'><c s='1' r='A1'><v>45748</v></c><c t='s' r = 'B1'><v>0</v></c></row>"),
};

for (const [name, xml] of Object.entries(CASES)) {
  test(`crafted sheet — ${name}: the same grids as SheetJS`, () => {
    const { fast, sheetjs } = bothReaders(crafted(xml));
    assert.ok(fast !== null, 'handed back');
    assert.deepEqual(fast, sheetjs);
  });
}

test('the crafted grids hold what the XML says (a check on the comparison itself)', () => {
  const [main, hidden] = readXlsx((openZip(crafted(CASES['formulas: cached, uncached, string results, shared across a column, _xlfn prefix']!)) as { entries: Map<string, Uint8Array> }).entries)!;
  assert.equal(main!.name, '4月&汇总');
  assert.equal(hidden!.hidden, true);
  assert.deepEqual(main!.rows[0]![2], { value: null, formula: 'SUM(A1:B1)', uncached: true });
  assert.deepEqual(main!.rows[2]![1], { value: 7, formula: 'A3*2+$A$1+A$1+STDEV.S(A3:A4)' });
  assert.deepEqual(main!.rows[3]![1], { value: null, formula: 'A4*2+$A$1+A$1+STDEV.S(A4:A5)', uncached: true });
  const [dates] = readXlsx((openZip(crafted(CASES['numbers, date styles (built-in, custom 年月, Chinese built-in 31) and a number style']!)) as { entries: Map<string, Uint8Array> }).entries)!;
  assert.deepEqual(dates!.rows[0]!.slice(0, 4), [{ value: 45748, date: true }, { value: 45778, date: true }, { value: 1023.5 }, { value: 45809, date: true }]);
});

const HANDED_BACK: Record<string, Buffer> = {
  'prefixed elements': crafted('<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>'),
  'an array formula': crafted(sheet('<row r="1"><c r="A1"><f t="array" ref="A1:A2">B1:B2*2</f><v>2</v></c><c r="A2"><v>4</v></c></row>')),
  'a CDATA section': crafted(sheet('<row r="1"><c r="A1" t="str"><v><![CDATA[a<b]]></v></c></row>')),
  'a string index past the table': crafted(sheet('<row r="1"><c r="A1" t="s"><v>99</v></c></row>')),
  'an ISO date cell': crafted(sheet('<row r="1"><c r="A1" t="d"><v>2025-04-01</v></c></row>')),
  'a chart sheet among the sheets': crafted(sheet(''), undefined, { workbook: WORKBOOK.replace('r:id="rId2"', 'r:id="rId9"') }),
  'a sheet part that is not UTF-8 (GBK text)': crafted(Buffer.concat([Buffer.from(sheet('<row r="1"><c r="A1" t="str"><v>@</v></c></row>').split('@')[0]!), Buffer.from([0xc4, 0xe3]), Buffer.from(sheet('<row r="1"><c r="A1" t="str"><v>@</v></c></row>').split('@')[1]!)])),
};

for (const [name, bytes] of Object.entries(HANDED_BACK)) {
  test(`${name}: handed back to SheetJS, and readWorkbook reads it as before`, () => {
    const zip = openZip(bytes);
    assert.ok('entries' in zip);
    assert.equal(readXlsx(zip.entries), null);
    let viaEntries: unknown;
    let direct: unknown;
    try { viaEntries = readWorkbook(bytes, zip.entries); } catch (error) { viaEntries = String(error); }
    try { direct = readWorkbook(bytes); } catch (error) { direct = String(error); }
    assert.deepEqual(viaEntries, direct);
  });
}

test('a workbook written by SheetJS itself (inline strings, no shared strings part) reads the same', () => {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['区县', '人次'], ['临渭区', 120], ['合计', { t: 'n', v: 120, f: 'SUM(B2:B2)' } as unknown as number]]), '台账');
  const bytes = XLSX.write(book, { bookType: 'xlsx', type: 'buffer', bookSST: false }) as Buffer;
  const { fast, sheetjs } = bothReaders(bytes);
  assert.ok(fast !== null);
  assert.deepEqual(fast, sheetjs);
});
