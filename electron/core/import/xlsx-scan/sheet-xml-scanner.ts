/**
 * One tokenizer for worksheet XML (ECMA-376 Part 1, 18.3.1: worksheet > sheetData > row > c), fed with text
 * in pieces of any size: a cell may straddle two pieces, the unfinished tail is kept for the next one. No DOM
 * and no regular expression per cell: it looks for "<", reads the tag's few attributes and the <v>, <f> and
 * <is> children. Used whole by the workbook reader and chunk by chunk by the row stream.
 */
import { isNameChar, readAttributes } from './xml-attributes.ts';

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

/** Where the scanner delivers what it finds. */
export interface SheetSink {
  /** One cell; the object is the scanner's own and is reused for the next cell (no object per cell at a million rows): read it, never keep it. */
  cell(cell: RawCell): void;
  /** A </row> was passed: every cell of row `row` (zero-based) has been delivered. */
  rowEnd(row: number): void;
}

/** What follows <sheetData>: the merged ranges' refs, as written. */
export interface SheetTail {
  readonly merges: readonly string[];
}

/** A sheet this tokenizer does not read (prefixed elements, strict OOXML, a malformed cell address): read it another way. */
export class UnsupportedSheet extends Error {}

/** A tag's attributes by name; a malformed attribute list throws UnsupportedSheet (SheetJS reads such tags its own way). */
export function tagAttributes(text: string): Record<string, string | undefined> {
  const attributes = readAttributes(text);
  if (attributes === null) throw new UnsupportedSheet(`malformed tag ${text.slice(0, 40)}`);
  return attributes;
}

/** A scanner: feed() pieces of the XML in order, then end(). */
export interface SheetScanner {
  feed(text: string): void;
  end(): SheetTail;
}

interface State {
  phase: 'before' | 'data' | 'after';
  pending: string;
  /** The current <row>'s zero-based index. */
  row: number;
  col: number;
  tail: string;
  /** The cell being read, handed to the sink and then reused. */
  readonly cell: RawCell;
}

/** A scanner delivering to `sink`; `keepTail` keeps the text after </sheetData> to read the merged ranges from. */
export function sheetScanner(sink: SheetSink, keepTail: boolean): SheetScanner {
  const state: State = { phase: 'before', pending: '', row: -1, col: -1, tail: '', cell: { row: -1, col: -1, type: undefined, style: -1, value: undefined, formulaTag: undefined, formula: undefined, inline: undefined } };
  return {
    feed: (text) => {
      let rest = state.pending + text;
      if (state.phase === 'before') rest = skipToData(state, rest);
      if (state.phase === 'data') rest = scanData(state, rest, sink);
      if (state.phase === 'after') {
        if (keepTail) state.tail += rest;
        rest = '';
      }
      state.pending = rest;
    },
    end: () => {
      if (state.phase === 'data') throw new UnsupportedSheet('sheetData is not closed');
      return { merges: keepTail ? mergeRefs(state.tail) : [] };
    },
  };
}

/** Drops everything up to and including <sheetData …>; keeps a short tail when the tag is not complete yet. */
function skipToData(state: State, text: string): string {
  const at = text.indexOf('<sheetData');
  // Only what precedes the data is looked at: the whole sheet may be one string of many megabytes.
  const head = at < 0 ? text : text.slice(0, at);
  if (head.includes(':sheetData') || head.includes('purl.oclc.org')) throw new UnsupportedSheet('prefixed or strict OOXML sheet');
  if (at < 0) return text.slice(Math.max(0, text.length - 16));
  const close = text.indexOf('>', at);
  if (close < 0) return text.slice(at);
  state.phase = text.charCodeAt(close - 1) === 47 ? 'after' : 'data';
  return text.slice(close + 1);
}

const SLASH = 47;

/** Reads rows and cells until the text runs out (returns the unfinished tail) or </sheetData> is reached. */
function scanData(state: State, text: string, sink: SheetSink): string {
  let at = text.indexOf('<');
  while (at >= 0) {
    const next = text.charCodeAt(at + 1);
    if (next !== next) return text.slice(at); // the piece ends right after "<"
    if (next === 99 /* c */ && isNameEnd(text.charCodeAt(at + 2))) {
      const end = readCell(state, text, at, sink);
      if (end < 0) return text.slice(at);
      at = text.indexOf('<', end);
    } else if (next === 114 /* r */ && text.startsWith('<row', at) && isNameEnd(text.charCodeAt(at + 4))) {
      const close = text.indexOf('>', at);
      if (close < 0) return text.slice(at);
      // A self-closing <row/> holds no cells and, as in SheetJS, does not advance the row count.
      if (text.charCodeAt(close - 1) !== SLASH) startRow(state, text.slice(at + 4, close));
      at = text.indexOf('<', close);
    } else if (next === SLASH) {
      const close = text.indexOf('>', at);
      if (close < 0) return text.slice(at);
      if (text.startsWith('</row>', at)) sink.rowEnd(state.row);
      else if (text.startsWith('</sheetData', at)) {
        state.phase = 'after';
        return text.slice(close + 1);
      }
      at = text.indexOf('<', close);
    } else {
      // Only rows and cells belong here (18.3.1.80 sheetData); anything else is damage or a dialect SheetJS reads its own way.
      if (at + 16 > text.length) return text.slice(at);
      throw new UnsupportedSheet(`unexpected ${text.slice(at, at + 16)}`);
    }
  }
  return '';
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 62 || code === SLASH || code === 9 || code === 10 || code === 13;
}

function startRow(state: State, attributes: string): void {
  const r = tagAttributes(attributes).r;
  state.row = r === undefined ? state.row + 1 : parseInt(r, 10) - 1;
  if (!(state.row >= 0)) throw new UnsupportedSheet(`row number ${r}`);
  state.col = -1;
}

/** Reads one <c …/> or <c …>…</c> starting at `at`; returns the index after it, or -1 when it is not complete. */
function readCell(state: State, text: string, at: number, sink: SheetSink): number {
  const close = text.indexOf('>', at);
  if (close < 0) return -1;
  const selfClosing = text.charCodeAt(close - 1) === SLASH;
  const end = selfClosing ? close + 1 : text.indexOf('</c>', close);
  if (end < 0) return -1;
  const cell = state.cell;
  cellAttributes(cell, text, at + 2, selfClosing ? close - 1 : close);
  cellPosition(state, cell);
  let value: string | undefined;
  let formula: { tag: string; text: string | undefined } | undefined;
  let inline: string | undefined;
  const start = close + 1;
  if (!selfClosing && end > start) {
    // The common cell is <v>text</v> alone: no search for other children, nothing to check.
    if (end - start >= 7 && text.startsWith('<v>', start) && text.indexOf('<', start + 3) === end - 4 && text.startsWith('</v>', end - 4)) {
      value = end - 4 > start + 3 ? text.slice(start + 3, end - 4) : undefined;
    } else {
      const content = text.slice(start, end);
      checkContent(content);
      formula = child(content, 'f');
      value = child(content, 'v')?.text;
      if (cell.type === 'inlineStr') inline = child(content, 'is')?.text;
    }
  }
  cell.value = value;
  cell.formulaTag = formula?.tag;
  cell.formula = formula?.text;
  cell.inline = inline;
  sink.cell(cell);
  return selfClosing ? end : end + 4;
}

/**
 * The r, s and t attributes of a <c> tag (text[from, to)), read in place without building a record of every
 * attribute; the same grammar as readAttributes, so a malformed tag is refused alike.
 */
function cellAttributes(out: RawCell, text: string, from: number, to: number): void {
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
      else if (name === 116) out.type = text.slice(at + 1, end);
    } else if (text.lastIndexOf('<', end) > at) throw new UnsupportedSheet('malformed cell tag');
    at = end + 1;
    if (at < to && !isSpaceCode(text.charCodeAt(at))) throw new UnsupportedSheet('malformed cell tag');
  }
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * A cell's content holds only its own children (f, v, is and the runs of an inline string): a tag name that is
 * no XML name, an unclosed quote, or a row or cell inside means the file is cut or damaged.
 */
function checkContent(content: string): void {
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

/** The cell's position: from its own r when it has one (readAddress), else the next column of the current row. */
function cellPosition(state: State, cell: RawCell): void {
  if (cell.col === -2) {
    state.col += 1;
    cell.row = state.row;
    cell.col = state.col;
  } else state.col = cell.col;
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
function child(content: string, name: string): { tag: string; text: string | undefined } | undefined {
  let at = content.indexOf(`<${name}`);
  while (at >= 0 && !isNameEnd(content.charCodeAt(at + 1 + name.length))) at = content.indexOf(`<${name}`, at + 1);
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

/** The ref of every <mergeCell ref="…"> after the sheet data (ECMA-376 18.3.1.55). */
function mergeRefs(tail: string): string[] {
  const refs: string[] = [];
  for (const m of tail.matchAll(/<mergeCell ref=["']([A-Z0-9:]+)['"]\s*\/?>/g)) refs.push(m[1]);
  return refs;
}
