/**
 * One tokenizer for worksheet XML (ECMA-376 Part 1, 18.3.1: worksheet > sheetData > row > c), fed with text
 * in pieces of any size: a cell may straddle two pieces, the unfinished tail is kept for the next one. No DOM
 * and no regular expression per cell: it looks for "<", follows the rows here and reads each cell with
 * raw-cell.ts (its few attributes and its <v>, <f> and <is> children). Used whole by the workbook reader and
 * chunk by chunk by the row stream.
 */
import { cellAttributes, checkContent, child, tagAttributes, UnsupportedSheet, type RawCell } from './raw-cell.ts';

export { tagAttributes, UnsupportedSheet, type RawCell } from './raw-cell.ts';

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

/** The cell's position: from its own r when it has one (readAddress), else the next column of the current row. */
function cellPosition(state: State, cell: RawCell): void {
  if (cell.col === -2) {
    state.col += 1;
    cell.row = state.row;
    cell.col = state.col;
  } else state.col = cell.col;
}

/** The ref of every <mergeCell ref="…"> after the sheet data (ECMA-376 18.3.1.55). */
function mergeRefs(tail: string): string[] {
  const refs: string[] = [];
  for (const m of tail.matchAll(/<mergeCell ref=["']([A-Z0-9:]+)['"]\s*\/?>/g)) refs.push(m[1]);
  return refs;
}
