/**
 * The parts of an .xlsx the cells depend on, read without a DOM: the sheets in workbook order with their
 * visibility and part names (workbook.xml and its relationships, ECMA-376 18.2.19–20), the shared strings
 * (18.4.8–9, rich text runs joined, phonetic runs left out) and which cell styles are dates (18.8.10 cellXfs
 * with 18.8.31 numFmts). Anything unusual throws UnsupportedSheet: the workbook is then read by SheetJS.
 */
import { isDateStyle } from './is-date-format.ts';
import { tagAttributes, UnsupportedSheet } from './sheet-xml-scanner.ts';
import { unescapeXml } from './xml-attributes.ts';

/** One sheet of the workbook, in tab order. */
export interface SheetPart {
  readonly name: string;
  readonly hidden: boolean;
  /** The zip entry of its XML, e.g. "xl/worksheets/sheet1.xml". */
  readonly path: string;
}

/** What every sheet's cells are read with. */
export interface WorkbookParts {
  readonly sheets: readonly SheetPart[];
  /** Shared strings by index; undefined for an <si> holding no text element. */
  readonly strings: readonly (string | undefined)[];
  /** dateStyles[s] is true when cell style s (the c element's s) formats a date. */
  readonly dateStyles: readonly boolean[];
}

/** A zip entry's text by name, or undefined when the zip has no such entry. */
export type PartText = (name: string) => string | undefined;

const MAIN_TYPES = /application\/vnd\.(openxmlformats-officedocument\.spreadsheetml\.(sheet|template)|ms-excel\.(sheet|template)\.macroEnabled)\.main\+xml/;

/** The workbook's sheets, strings and date styles; throws UnsupportedSheet for what only SheetJS reads. */
export function readWorkbookParts(part: PartText): WorkbookParts {
  const types = part('[Content_Types].xml');
  const workbook = part('xl/workbook.xml');
  const rels = part('xl/_rels/workbook.xml.rels');
  if (types === undefined || workbook === undefined || rels === undefined) throw new UnsupportedSheet('not the usual workbook parts');
  const main = /PartName="\/xl\/workbook\.xml"\s+ContentType="([^"]*)"/.exec(types);
  if (main === null || !MAIN_TYPES.test(main[1])) throw new UnsupportedSheet('not a transitional workbook');
  checkWorkbookRoot(workbook);
  const sheets = sheetParts(workbook, relationships(rels));
  const strings = part('xl/sharedStrings.xml');
  const styles = part('xl/styles.xml');
  return { sheets, strings: strings === undefined ? [] : sharedStrings(strings), dateStyles: styles === undefined ? [] : dateStyles(styles) };
}

/** The namespaces SheetJS accepts on <workbook> other than strict OOXML's (which it reads differently). */
const NAMESPACES = new Set(['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://schemas.microsoft.com/office/excel/2006/main', 'http://schemas.microsoft.com/office/excel/2006/2']);

/** One unprefixed <workbook> root in a known namespace, no DOCTYPE or comment, one <sheets> list. */
function checkWorkbookRoot(workbook: string): void {
  const roots = tags(workbook, 'workbook');
  const sheets = tags(workbook, 'sheets');
  if (workbook.includes('<!') || roots.length !== 1 || sheets.length !== 1 || !NAMESPACES.has(tagAttributes(roots[0]).xmlns ?? '')) throw new UnsupportedSheet('unusual workbook.xml');
}

function tags(xml: string, name: string): string[] {
  const found: string[] = [];
  const open = `<${name}`;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + 1)) {
    const after = xml.charCodeAt(at + open.length);
    if (after !== 32 && after !== 9 && after !== 10 && after !== 13 && after !== 47 && after !== 62) continue;
    const close = xml.indexOf('>', at);
    if (close < 0) throw new UnsupportedSheet(`unclosed <${name}>`);
    found.push(xml.slice(at + open.length, close));
  }
  return found;
}

/** Relationship id → target, for worksheet relationships only (a chart sheet or dialog sheet is left to SheetJS). */
function relationships(rels: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const tag of tags(rels, 'Relationship')) {
    const a = tagAttributes(tag);
    if (a.Id !== undefined && a.Target !== undefined && a.Type?.endsWith('/worksheet')) out.set(a.Id, a.Target);
  }
  return out;
}

function sheetParts(workbook: string, rels: ReadonlyMap<string, string>): SheetPart[] {
  const names = new Set<string>();
  return tags(workbook, 'sheet').map((tag) => {
    const a = tagAttributes(tag);
    const target = a['r:id'] === undefined ? undefined : rels.get(a['r:id']);
    if (a.name === undefined || target === undefined) throw new UnsupportedSheet('a sheet that is no worksheet');
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(path)) throw new UnsupportedSheet(`sheet part ${path}`);
    const name = unescapeXml(a.name, false);
    if (names.has(name)) throw new UnsupportedSheet('two sheets of one name');
    names.add(name);
    // 18.18.68 ST_SheetState: hidden and veryHidden (only visible from VBA) are both invisible to whoever filled it in.
    return { name, hidden: a.state === 'hidden' || a.state === 'veryHidden', path };
  });
}

const SI_OPEN = /<(?:\w+:)?(?:si|sstItem)>/g;
const SI_CLOSE = /<\/(?:\w+:)?(?:si|sstItem)>/;

/** The shared string table, split as SheetJS splits it (so an index past the last <si> reads the same). */
export function sharedStrings(xml: string): (string | undefined)[] {
  const open = xml.indexOf('<sst');
  const close = xml.lastIndexOf('</sst>');
  if (open < 0 || close < 0 || xml.includes('<![CDATA[') || /<si[ /]/.test(xml)) throw new UnsupportedSheet('unusual shared strings');
  const body = xml.slice(xml.indexOf('>', open) + 1, close);
  return body.replace(SI_OPEN, '').split(SI_CLOSE).map((item) => stringItem(item.trim()));
}

const PLAIN = /^\s*<(?:\w+:)?t[^>]*>/;
const RUN = /<(?:\w+:)?r\b[^<>]*>/;
const RUN_TEXT = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[^<>]*>[\s\S]*?<\/(?:\w+:)?rPh>/g;

/** One <si>: its plain text, or its runs' texts joined (phonetic guides dropped). */
export function stringItem(item: string): string | undefined {
  if (item === '') return '';
  // The common item is <t>text</t> alone: what the PLAIN branch below reads, without its regular expressions.
  if (item.startsWith('<t>') && item.indexOf('<', 3) === item.length - 4 && item.endsWith('</t>')) return unescapeXml(item.slice(3, -4), true);
  if (PLAIN.test(item)) return unescapeXml(item.slice(item.indexOf('>') + 1).split(/<\/(?:\w+:)?t>/)[0] ?? '', true);
  if (!RUN.test(item)) return undefined;
  const texts: string[] = [];
  for (const m of item.replace(PHONETIC, '').matchAll(RUN_TEXT)) texts.push(m[1]);
  return unescapeXml(texts.join(''), true);
}

/** dateStyles[s] for every cellXfs entry, in order. */
function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const tag of tags(xml, 'numFmt')) {
    const a = tagAttributes(tag);
    const id = parseInt(a.numFmtId ?? '', 10);
    // Ids past 392 are renumbered by SheetJS; such a file is left to it.
    if (!(id >= 0) || id > 392 || a.formatCode === undefined) throw new UnsupportedSheet('unusual number format');
    custom.set(id, unescapeXml(a.formatCode, false));
  }
  const start = xml.indexOf('<cellXfs');
  const end = xml.indexOf('</cellXfs>', start);
  if (start < 0 || end < 0) return [];
  return tags(xml.slice(start, end), 'xf').map((tag) => {
    const id = parseInt(tagAttributes(tag).numFmtId ?? '0', 10);
    if (id > 392) throw new UnsupportedSheet('unusual number format');
    return id > 0 && isDateStyle(id, custom);
  });
}
