/**
 * The CSV splitter fed in pieces (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes; a lone
 * CR or LF also ends a row, as Excel and Notepad write them). One pass with charCodeAt and slices, no
 * per-character string building: parseCsv feeds it the whole text, the row stream feeds it chunk by chunk.
 */

/** A tokenizer: feed() text in order (complete rows come back), then end() for the last row without a line break. */
export interface CsvTokenizer {
  feed(text: string): string[][];
  end(): string[][];
}

interface State {
  row: string[];
  /** The field read so far when it spans pieces or holds quotes. */
  field: string;
  /** Whether anything was read into the current field (an opening quote counts only at a field's start). */
  started: boolean;
  quoted: boolean;
  /** Inside quotes, a quote was the last character of the previous piece: doubled, or closing? */
  quoteAtEnd: boolean;
  /** A CR ended the previous piece: an LF starting this one belongs to it. */
  crAtEnd: boolean;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** A tokenizer splitting on `delimiter` (',' or '\t'). */
export function csvTokenizer(delimiter: ',' | '\t'): CsvTokenizer {
  const sep = delimiter.charCodeAt(0);
  const state: State = { row: [], field: '', started: false, quoted: false, quoteAtEnd: false, crAtEnd: false };
  return {
    feed: (text) => split(state, text, sep),
    end: () => {
      const rows: string[][] = [];
      if (state.quoteAtEnd) state.quoted = false;
      if (state.field !== '' || state.row.length > 0) rows.push([...state.row, state.field]);
      state.row = [];
      state.field = '';
      return rows;
    },
  };
}

function split(state: State, text: string, sep: number): string[][] {
  const rows: string[][] = [];
  const n = text.length;
  let i = 0;
  if (state.crAtEnd) {
    state.crAtEnd = false;
    if (text.charCodeAt(0) === LF) i = 1;
  }
  if (state.quoteAtEnd) {
    state.quoteAtEnd = false;
    if (text.charCodeAt(i) === QUOTE) { state.field += '"'; i++; } else state.quoted = false;
  }
  let start = i;
  while (i < n) {
    if (state.quoted) {
      const q = text.indexOf('"', i);
      if (q < 0) { state.field += text.slice(i); return rows; }
      state.field += text.slice(i, q);
      if (q + 1 >= n) { state.quoteAtEnd = true; return rows; }
      if (text.charCodeAt(q + 1) === QUOTE) { state.field += '"'; i = q + 2; }
      else { state.quoted = false; i = q + 1; }
      start = i;
      continue;
    }
    const ch = text.charCodeAt(i);
    if (ch === QUOTE && !state.started && start === i) {
      state.quoted = true;
      state.started = true;
      start = ++i;
    } else if (ch === sep) {
      state.row.push(state.field + text.slice(start, i));
      state.field = '';
      state.started = false;
      start = ++i;
    } else if (ch === LF || ch === CR) {
      state.row.push(state.field + text.slice(start, i));
      rows.push(state.row);
      state.row = [];
      state.field = '';
      state.started = false;
      i++;
      if (ch === CR) {
        if (i >= n) state.crAtEnd = true;
        else if (text.charCodeAt(i) === LF) i++;
      }
      start = i;
    } else {
      if (!state.started) state.started = true;
      i++;
    }
  }
  state.field += text.slice(start, n);
  return rows;
}
