/** A1 address split into a 1-based column number and row. */
interface Cell {
  readonly col: number;
  readonly row: number;
}

const A1 = /^([A-Z]+)(\d+)$/;

/**
 * Cells as a person reads them: "C5:F5" for a full rectangle, otherwise row by row in runs
 * ("C5:D5、F5"). Addresses that are not A1 are kept as they are.
 */
export function formatCells(cells: readonly string[]): string {
  const parsed = cells.map(parseCell);
  if (parsed.some((cell) => cell === null)) return cells.join('、');
  const list = parsed as Cell[];
  if (list.length === 0) return '';
  return isRectangle(list) ? rangeText(bounds(list)) : rowRuns(list).join('、');
}

function parseCell(address: string): Cell | null {
  const m = A1.exec(address.replace(/\$/g, '').toUpperCase());
  if (m === null) return null;
  const col = [...m[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return { col, row: Number(m[2]) };
}

function columnName(col: number): string {
  return col === 0 ? '' : columnName(Math.floor((col - 1) / 26)) + String.fromCharCode(65 + ((col - 1) % 26));
}

function address(cell: Cell): string {
  return `${columnName(cell.col)}${cell.row}`;
}

function bounds(cells: readonly Cell[]): readonly [Cell, Cell] {
  const cols = cells.map((c) => c.col);
  const rows = cells.map((c) => c.row);
  return [{ col: Math.min(...cols), row: Math.min(...rows) }, { col: Math.max(...cols), row: Math.max(...rows) }];
}

function rangeText([from, to]: readonly [Cell, Cell]): string {
  return from.col === to.col && from.row === to.row ? address(from) : `${address(from)}:${address(to)}`;
}

/** True when the cells fill their bounding rectangle exactly. */
function isRectangle(cells: readonly Cell[]): boolean {
  const [from, to] = bounds(cells);
  const distinct = new Set(cells.map(address)).size;
  return distinct === (to.col - from.col + 1) * (to.row - from.row + 1);
}

/** Runs of adjacent columns within each row, top to bottom. */
function rowRuns(cells: readonly Cell[]): string[] {
  const rows = [...new Set(cells.map((c) => c.row))].sort((a, b) => a - b);
  return rows.flatMap((row) => {
    const cols = [...new Set(cells.filter((c) => c.row === row).map((c) => c.col))].sort((a, b) => a - b);
    return runs(cols).map(([a, b]) => rangeText([{ col: a, row }, { col: b, row }]));
  });
}

function runs(sorted: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out.at(-1);
    if (last !== undefined && last[1] === n - 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}
