/**
 * Runs of cells as A1 ranges: a figure summed from E2..E100001 is kept as "E2:E100001", not as 100 000
 * addresses, so a source grows with the records stored, not with the rows read (issue 14). A list may mix
 * single cells ("C5", the form stored before ranges) and ranges ("C5:C7"); both mean the same cells.
 */
import { cellAddress, parseAddress } from './a1-address.ts';

/** A rectangle of cells, zero-based and inclusive, with the index of the first list entry it came from. */
interface Block {
  readonly col: number;
  readonly toCol: number;
  readonly row: number;
  readonly toRow: number;
  readonly first: number;
}

/** "C5" or "C5:D7" (either corner first) → its rectangle; null when it is not A1. */
function parseRange(ref: string, first: number): Block | null {
  const [a, b = a, extra] = ref.split(':');
  const from = parseAddress(a!);
  const to = parseAddress(b);
  if (from === null || to === null || extra !== undefined) return null;
  return { col: Math.min(from.col, to.col), toCol: Math.max(from.col, to.col), row: Math.min(from.row, to.row), toRow: Math.max(from.row, to.row), first };
}

/** Consecutive rows of one column, merged per column (overlaps and repeats counted once). */
function columnRuns(blocks: readonly Block[]): Block[] {
  const byCol = new Map<number, Block[]>();
  for (const b of blocks) {
    for (let col = b.col; col <= b.toCol; col++) listAt(byCol, col).push({ ...b, col, toCol: col });
  }
  return [...byCol.values()].flatMap((runs) => mergeSorted([...runs].sort((x, y) => x.row - y.row), (last, b) => b.row <= last.toRow + 1,
    (last, b) => ({ ...last, toRow: Math.max(last.toRow, b.toRow), first: Math.min(last.first, b.first) })));
}

/** Column runs spanning the same rows in consecutive columns, joined into one rectangle ("C5:F7"). */
function rectangles(runs: readonly Block[]): Block[] {
  const bySpan = new Map<string, Block[]>();
  for (const r of runs) listAt(bySpan, `${r.row}:${r.toRow}`).push(r);
  return [...bySpan.values()].flatMap((same) => mergeSorted([...same].sort((x, y) => x.col - y.col), (last, b) => b.col === last.toCol + 1,
    (last, b) => ({ ...last, toCol: b.toCol, first: Math.min(last.first, b.first) })));
}

/** The list kept under a key, made on first use (pushing in place: a column may hold 100 000 cells). */
function listAt<K>(map: Map<K, Block[]>, key: K): Block[] {
  const list = map.get(key) ?? [];
  if (list.length === 0) map.set(key, list);
  return list;
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
  const parsed = refs.map((ref, i) => ({ ref, i, block: parseRange(ref, i) }));
  const runs = columnRuns(parsed.flatMap((p) => (p.block ? [p.block] : [])));
  const others = parsed.flatMap((p) => (p.block ? [] : [{ text: p.ref, first: p.i }]));
  const count = runs.reduce((n, r) => n + r.toRow - r.row + 1, 0) + others.length;
  return { blocks: rectangles(runs), others, count };
}

/**
 * Cells (or ranges) as the fewest A1 ranges, in the order their first cell was listed: consecutive rows of a
 * column and consecutive columns of a row become one range. ["E2", "E3", "E4"] → ["E2:E4"].
 */
export function compressCells(refs: readonly string[]): string[] {
  const { blocks, others } = merged(refs);
  const items = [...blocks.map((b) => ({ text: rangeText(b), first: b.first, row: b.row, col: b.col })), ...others.map((o) => ({ ...o, row: 0, col: 0 }))];
  return items.sort((x, y) => x.first - y.first || x.row - y.row || x.col - y.col).map((item) => item.text);
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
