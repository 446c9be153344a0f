/**
 * Runs of cells as A1 ranges: a figure summed from E2..E100001 is kept as "E2:E100001", not as 100 000
 * addresses, so a source grows with the records stored, not with the rows read (issue 14). A list may mix
 * single cells ("C5", the form stored before ranges) and ranges ("C5:C7"); both mean the same cells.
 */
import { cellAddress } from './a1-address.ts';

/** A rectangle of cells, zero-based and inclusive, with the index of the first list entry it came from. */
interface Block {
  col: number;
  toCol: number;
  row: number;
  toRow: number;
  first: number;
}

const RANGE = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i;

/** Column letters → zero-based column: "A" → 0, "AA" → 26. */
function columnOf(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return n - 1;
}

/** "C5" or "C5:D7" (either corner first, "$" allowed) → its rectangle; null when it is not A1. */
function parseRange(ref: string, first: number): Block | null {
  const m = RANGE.exec(ref);
  if (m === null) return null;
  const [col, row] = [columnOf(m[1]!), Number(m[2]) - 1];
  const [toCol, toRow] = m[3] === undefined ? [col, row] : [columnOf(m[3]), Number(m[4]) - 1];
  return { col: Math.min(col, toCol), toCol: Math.max(col, toCol), row: Math.min(row, toRow), toRow: Math.max(row, toRow), first };
}

/**
 * Consecutive rows of one column, merged per column (overlaps and repeats counted once). A run listed top
 * to bottom, as a figure's cells are, grows in place: 100 000 cells make one run, without sorting or
 * keeping them one by one.
 */
function runCollector(): { add: (col: number, toCol: number, row: number, toRow: number, first: number) => void; addRows: (col: number, rows: readonly number[], first: number, stride: number) => void; runs: () => Block[] } {
  const byCol = new Map<number, Block[]>();
  let sorted = true;
  const runsOf = (col: number): Block[] => {
    const runs = byCol.get(col) ?? [];
    if (runs.length === 0) byCol.set(col, runs);
    return runs;
  };
  const addTo = (runs: Block[], col: number, row: number, toRow: number, first: number): void => {
    const last = runs[runs.length - 1];
    if (last !== undefined && row >= last.row && row <= last.toRow + 1) last.toRow = Math.max(last.toRow, toRow);
    else {
      if (last !== undefined && row < last.row) sorted = false;
      runs.push({ col, toCol: col, row, toRow, first });
    }
  };
  const add = (fromCol: number, toCol: number, row: number, toRow: number, first: number): void => {
    for (let col = fromCol; col <= toCol; col++) addTo(runsOf(col), col, row, toRow, first);
  };
  // One column's cells (the k-th numbered first + k·stride): its runs are looked up once, not per cell.
  const addRows = (col: number, rows: readonly number[], first: number, stride: number): void => {
    const runs = runsOf(col);
    for (let k = 0; k < rows.length; k++) addTo(runs, col, rows[k]!, rows[k]!, first + k * stride);
  };
  const runs = (): Block[] => {
    const lists = [...byCol.values()];
    if (sorted) return lists.flat();
    return lists.flatMap((list) => mergeSorted([...list].sort((x, y) => x.row - y.row), (last, b) => b.row <= last.toRow + 1,
      (last, b) => ({ ...last, toRow: Math.max(last.toRow, b.toRow), first: Math.min(last.first, b.first) })));
  };
  return { add, addRows, runs };
}

/** Column runs spanning the same rows in consecutive columns, joined into one rectangle ("C5:F7"). */
function rectangles(runs: readonly Block[]): Block[] {
  const bySpan = new Map<string, Block[]>();
  for (const r of runs) {
    const key = `${r.row}:${r.toRow}`;
    const same = bySpan.get(key);
    if (same === undefined) bySpan.set(key, [r]);
    else same.push(r);
  }
  return [...bySpan.values()].flatMap((same) => mergeSorted([...same].sort((x, y) => x.col - y.col), (last, b) => b.col === last.toCol + 1,
    (last, b) => ({ ...last, toCol: b.toCol, first: Math.min(last.first, b.first) })));
}

function mergeSorted(sorted: readonly Block[], joins: (last: Block, b: Block) => boolean, join: (last: Block, b: Block) => Block): Block[] {
  const out: Block[] = [];
  for (const b of sorted) {
    const last = out.at(-1);
    if (last !== undefined && joins(last, b)) out[out.length - 1] = join(last, b);
    else out.push(b);
  }
  return out;
}

function rangeText(b: Block): string {
  const from = cellAddress(b.row, b.col);
  return b.col === b.toCol && b.row === b.toRow ? from : `${from}:${cellAddress(b.toRow, b.toCol)}`;
}

/** The fewest ranges, and how many cells they hold; entries that are not A1 ("第3行") are kept as they are. */
function merged(refs: readonly string[]): { blocks: Block[]; others: { text: string; first: number }[]; count: number } {
  const collector = runCollector();
  const others: { text: string; first: number }[] = [];
  refs.forEach((ref, i) => {
    const b = parseRange(ref, i);
    if (b === null) {
      if (!others.some((o) => o.text === ref)) others.push({ text: ref, first: i });
    } else collector.add(b.col, b.toCol, b.row, b.toRow, i);
  });
  const runs = collector.runs();
  const count = runs.reduce((n, r) => n + r.toRow - r.row + 1, 0) + others.length;
  return { blocks: rectangles(runs), others, count };
}

/** Ranges in the order their first cell was added (blocks of a rectangle: top row, then left column). */
function inOrder(blocks: readonly Block[], others: readonly { text: string; first: number }[]): string[] {
  const items = [...blocks.map((b) => ({ text: rangeText(b), first: b.first, row: b.row, col: b.col })), ...others.map((o) => ({ ...o, row: 0, col: 0 }))];
  return items.sort((x, y) => x.first - y.first || x.row - y.row || x.col - y.col).map((item) => item.text);
}

/** Cells added one at a time by position, kept as runs (a figure's 100 000 cells never exist as addresses). */
export function collectCells(): { add: (row: number, col: number) => void; addColumn: (col: number, rows: readonly number[], first: number, stride: number) => void; ranges: () => string[] } {
  const collector = runCollector();
  let added = 0;
  return {
    add: (row, col) => collector.add(col, col, row, row, added++),
    // A collector filled a column at a time: the cells numbered as if added row by row among `stride` columns
    // (the k-th row's is first + k·stride), so the ranges come out in the same order as by add.
    addColumn: (col, rows, first, stride) => collector.addRows(col, rows, first, stride),
    ranges: () => inOrder(rectangles(collector.runs()), []),
  };
}

/**
 * Cells (or ranges) as the fewest A1 ranges, in the order their first cell was listed: consecutive rows of a
 * column and consecutive columns of a row become one range. ["E2", "E3", "E4"] → ["E2:E4"].
 */
export function compressCells(refs: readonly string[]): string[] {
  const { blocks, others } = merged(refs);
  return inOrder(blocks, others);
}

/** The ranges in sheet order (top to bottom, then left to right) and the number of cells they hold, for display. */
export function cellRanges(refs: readonly string[]): { ranges: string[]; count: number } {
  const { blocks, others, count } = merged(refs);
  const sorted = [...blocks].sort((x, y) => x.row - y.row || x.col - y.col);
  return { ranges: [...others.map((o) => o.text), ...sorted.map(rangeText)], count };
}

/** More ranges than this are cut short in a sentence ("… 等"); the count still tells how many cells. */
const SHOWN_RANGES = 6;

/**
 * Cells as a person reads them: "C5:F7" for a full rectangle, otherwise ranges top to bottom ("C5:C6、C8"),
 * with the count when a range or a cut hides it: "E2:E100001（共100000个单元格）" (`withCount` false leaves it out,
 * for a sentence that is already in brackets). Entries that are not A1 are kept.
 */
export function formatCells(refs: readonly string[], withCount = true): string {
  const { ranges, count } = cellRanges(refs);
  const cut = ranges.length > SHOWN_RANGES;
  const shown = cut ? `${ranges.slice(0, SHOWN_RANGES).join('、')} 等` : ranges.join('、');
  return withCount && (cut || count > ranges.length) ? `${shown}（共${count}个单元格）` : shown;
}

/** How many cells the list names (a range counts every cell in it). */
export function cellCount(refs: readonly string[]): number {
  return merged(refs).count;
}
