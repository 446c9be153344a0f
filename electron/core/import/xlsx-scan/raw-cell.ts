/**
 * One cell of worksheet XML read in place (ECMA-376 Part 1, 18.3.1.4 c): its r, s and t attributes without a
 * record of every attribute, its address as row and column, and its <v>, <f> and <is> children; whatever is
 * malformed (an unclosed quote, a row inside a cell, an address past XFD1048576) throws UnsupportedSheet so
 * that SheetJS, which reads such damage its own way, gets the file instead.
 */
import { isNameChar, readAttributes } from './xml-attributes.ts';

const SLASH = 47;

/** A cell as written in the sheet XML: attribute and child texts still XML-escaped. */
export interface RawCell {
  /** Zero-based position, from the cell's own r (or the row's r and the previous cell when r is omitted). */
  row: number;
  col: number;
  type: string | undefined;
  /** The s attribute as an index into cellXfs; -1 without one, -2 when it is not a plain number ("03"). */
  style: number;
  value: string | undefined;
  /** The <f> element: its attributes' text and its content (undefined when it is empty or self-closing). */
  formulaTag: string | undefined;
  formula: string | undefined;
  /** The content of <is> (an inline string), undefined when absent. */
  inline: string | undefined;
}

/** A sheet this tokenizer does not read (prefixed elements, strict OOXML, a malformed cell address): read it another way. */
export class UnsupportedSheet extends Error {}

/** A tag's attributes by name; a malformed attribute list throws UnsupportedSheet (SheetJS reads such tags its own way). */
export function tagAttributes(text: string): Record<string, string | undefined> {
  const attributes = readAttributes(text);
  if (attributes === null) throw new UnsupportedSheet(`malformed tag ${text.slice(0, 40)}`);
  return attributes;
}

/**
 * The r, s and t attributes of a <c> tag (text[from, to)), read in place without building a record of every
 * attribute; the same grammar as readAttributes, so a malformed tag is refused alike.
 */
export function cellAttributes(out: RawCell, text: string, from: number, to: number): void {
  out.type = undefined;
  out.style = -1;
  // The column of a cell without r: the scanner's position, told apart by col = -2 until cellPosition.
  out.col = -2;
  let at = from;
  for (;;) {
    while (at < to && isSpaceCode(text.charCodeAt(at))) at++;
    if (at >= to) return;
    const nameStart = at;
    while (at < to && isNameChar(text.charCodeAt(at))) at++;
    const nameLength = at - nameStart;
    if (nameLength === 0) throw new UnsupportedSheet('malformed cell tag');
    while (at < to && isSpaceCode(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at) !== 61) throw new UnsupportedSheet('malformed cell tag');
    at++;
    while (at < to && isSpaceCode(text.charCodeAt(at))) at++;
    const quote = text.charCodeAt(at);
    if (quote !== 34 && quote !== 39) throw new UnsupportedSheet('malformed cell tag');
    const end = text.indexOf(quote === 34 ? '"' : "'", at + 1);
    if (end < 0 || end >= to) throw new UnsupportedSheet('malformed cell tag');
    if (nameLength === 1) {
      // r and s are read in place (no string per cell); t is one of a few short names.
      const name = text.charCodeAt(nameStart);
      if (name === 114) readAddress(out, text, at + 1, end);
      else if (name === 115) out.style = styleIndex(text, at + 1, end);
      else if (name === 116) out.type = cellType(text, at + 1, end);
    } else if (text.lastIndexOf('<', end) > at) throw new UnsupportedSheet('malformed cell tag');
    at = end + 1;
    if (at < to && !isSpaceCode(text.charCodeAt(at))) throw new UnsupportedSheet('malformed cell tag');
  }
}

/** The cell types of ECMA-376 18.18.11 (ST_CellType), one string each: no new string for every cell's t. */
const CELL_TYPES = ['s', 'n', 'str', 'inlineStr', 'b', 'e', 'd'];

/** The t attribute (text[from, to)) as one of CELL_TYPES, or as written when it is none of them. */
function cellType(text: string, from: number, to: number): string {
  for (const type of CELL_TYPES) if (type.length === to - from && text.startsWith(type, from)) return type;
  return text.slice(from, to);
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * A cell's content holds only its own children (f, v, is and the runs of an inline string): a tag name that is
 * no XML name, an unclosed quote, or a row or cell inside means the file is cut or damaged.
 */
export function checkContent(content: string): void {
  for (let at = content.indexOf('<'); at >= 0; at = content.indexOf('<', at + 1)) {
    let i = at + 1;
    if (content.charCodeAt(i) === SLASH) i++;
    const nameStart = i;
    while (i < content.length && isNameChar(content.charCodeAt(i))) i++;
    const name = content.slice(nameStart, i);
    if (name === '' || name === 'c' || name === 'row' || name === 'sheetData') throw new UnsupportedSheet(`damaged cell ${content.slice(0, 40)}`);
    const close = content.indexOf('>', i);
    if (close < 0) throw new UnsupportedSheet('damaged cell');
    if (nameStart === at + 1) tagAttributes(content.slice(i, content.charCodeAt(close - 1) === SLASH ? close - 1 : close));
    at = close;
  }
}

/** Sets the cell's row and col from its r ("B12", text[from, to)); anything but [A-Z]{1,3}[1-9][0-9]{0,6} is left to SheetJS. */
function readAddress(cell: RawCell, text: string, from: number, to: number): void {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  const letters = i - from;
  const digitsFrom = i;
  let row = 0;
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) break;
    row = row * 10 + code - 48;
  }
  const digits = i - digitsFrom;
  if (letters === 0 || letters > 3 || i !== to || digits === 0 || digits > 7 || text.charCodeAt(digitsFrom) === 48) throw new UnsupportedSheet(`cell address ${text.slice(from, to)}`);
  cell.col = col - 1;
  cell.row = row - 1;
}

/** The s attribute (text[from, to)) as a number; -2 for anything SheetJS would not find in its style list ("03", "x"). */
function styleIndex(text: string, from: number, to: number): number {
  if (to === from || to - from > 9 || (text.charCodeAt(from) === 48 && to - from > 1)) return -2;
  let n = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return -2;
    n = n * 10 + code - 48;
  }
  return n;
}

/**
 * The first <name …>text</name> (or <name …/>) in a cell's content: its attributes' text and its text
 * (undefined when empty), as SheetJS's str_match_xml_ns finds it.
 */
export function child(content: string, name: string): { tag: string; text: string | undefined } | undefined {
  let at = content.indexOf(`<${name}`);
  while (at >= 0 && !isChildNameEnd(content.charCodeAt(at + 1 + name.length))) at = content.indexOf(`<${name}`, at + 1);
  if (at < 0) return undefined;
  const close = content.indexOf('>', at);
  if (close < 0) throw new UnsupportedSheet(`unclosed <${name}>`);
  const tag = content.slice(at + 1 + name.length, close);
  const end = content.indexOf(`</${name}>`, close);
  if (end < 0) {
    if (content.charCodeAt(close - 1) !== SLASH) throw new UnsupportedSheet(`unclosed <${name}>`);
    return { tag, text: undefined };
  }
  const text = content.slice(close + 1, end);
  return { tag, text: text === '' ? undefined : text };
}

function isChildNameEnd(code: number): boolean {
  return code === 32 || code === 62 || code === SLASH || code === 9 || code === 10 || code === 13;
}
