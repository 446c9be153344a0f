/**
 * One tokenizer for worksheet XML (ECMA-376 Part 1, 18.3.1: worksheet > sheetData > row > c), fed with text
 * in pieces of any size: a cell may straddle two pieces, the unfinished tail is kept for the next one. No DOM
 * and no regular expression per cell: it looks for "<", reads the tag's few attributes and the <v>, <f> and
 * <is> children. Used whole by the workbook reader and chunk by chunk by the row stream.
 */
import { readAttributes } from './xml-attributes.ts';

/** A cell as written in the sheet XML: attribute and child texts still XML-escaped. */
export interface RawCell {
  /** Zero-based position, from the cell's own r (or the row's r and the previous cell when r is omitted). */
  readonly row: number;
  readonly col: number;
  readonly type: string | undefined;
  readonly style: string | undefined;
  readonly value: string | undefined;
  /** The <f> element: its attributes' text and its content (undefined when it is empty or self-closing). */
  readonly formulaTag: string | undefined;
  readonly formula: string | undefined;
  /** The content of <is> (an inline string), undefined when absent. */
  readonly inline: string | undefined;
}

/** Where the scanner delivers what it finds. */
export interface SheetSink {
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

/** A scanner: feed() pieces of the XML in order, then end(). */
export interface SheetScanner {
  feed(text: string): void;
  end(): SheetTail;
}

interface State {
  phase: 'before' | 'data' | 'after';
  pending: string;
  row: number;
  col: number;
  tail: string;
}

/** A scanner delivering to `sink`; `keepTail` keeps the text after </sheetData> to read the merged ranges from. */
export function sheetScanner(sink: SheetSink, keepTail: boolean): SheetScanner {
  const state: State = { phase: 'before', pending: '', row: -1, col: -1, tail: '' };
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
  if (text.includes(':sheetData') || text.includes('purl.oclc.org')) throw new UnsupportedSheet('prefixed or strict OOXML sheet');
  const at = text.indexOf('<sheetData');
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
      if (next === 120 /* x */ && text.charCodeAt(at + 2) === 58) throw new UnsupportedSheet('prefixed elements');
      const close = text.indexOf('>', at);
      if (close < 0) return text.slice(at);
      at = text.indexOf('<', close);
    }
  }
  return '';
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 62 || code === SLASH || code === 9 || code === 10 || code === 13;
}

function startRow(state: State, attributes: string): void {
  const r = readAttributes(attributes).r;
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
  const attributes = readAttributes(text.slice(at + 2, selfClosing ? close - 1 : close));
  const position = cellPosition(state, attributes.r);
  const content = selfClosing ? '' : text.slice(close + 1, end);
  const formula = content.length > 0 ? child(content, 'f') : undefined;
  sink.cell({
    row: position.row,
    col: position.col,
    type: attributes.t,
    style: attributes.s,
    value: content.length > 0 ? child(content, 'v')?.text : undefined,
    formulaTag: formula?.tag,
    formula: formula?.text,
    inline: content.length > 0 && attributes.t === 'inlineStr' ? child(content, 'is')?.text : undefined,
  });
  return selfClosing ? end : end + 4;
}

function cellPosition(state: State, r: string | undefined): { row: number; col: number } {
  if (r === undefined) {
    state.col += 1;
    return { row: state.row, col: state.col };
  }
  let col = 0;
  let i = 0;
  for (; i < r.length; i++) {
    const code = r.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  const digits = r.slice(i);
  if (i === 0 || i > 3 || !/^[1-9][0-9]{0,6}$/.test(digits)) throw new UnsupportedSheet(`cell address ${r}`);
  state.col = col - 1;
  return { row: Number(digits) - 1, col: col - 1 };
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
