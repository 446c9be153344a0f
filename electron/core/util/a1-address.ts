/**
 * Spreadsheet cell addresses, the one place they are spelled: zero-based (row, col) ↔ "C5", column letters,
 * and a list of cells as a person reads it ("C5:C7", "C5:D5、F5"). Used by the importer's messages and
 * sources, the conflict and overview texts, the exported workbook's print area and the 映射 grid.
 */

/** The A1 address of a zero-based (row, col): (4, 2) → "C5". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Spreadsheet column letters of a zero-based column: 0 → "A", 26 → "AA". */
export function columnLetters(col: number): string {
  const letter = String.fromCharCode(65 + (col % 26));
  return col < 26 ? letter : columnLetters(Math.floor(col / 26) - 1) + letter;
}

/** A zero-based cell position. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

const A1 = /^([A-Z]+)(\d+)$/;

/** "C5" (or "$C$5", "c5") → { row: 4, col: 2 }; null when it is not an A1 address. */
export function parseAddress(address: string): CellPosition | null {
  const m = A1.exec(address.replace(/\$/g, '').toUpperCase());
  if (m === null) return null;
  const col = [...m[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

/**
 * Cells as a person reads them: "C5:F5" for a full rectangle, otherwise row by row in runs
 * ("C5:D5、F5"). Addresses that are not A1 are kept as they are.
 */
export function formatCells(cells: readonly string[]): string {
  const parsed = cells.map(parseAddress);
  if (parsed.some((cell) => cell === null)) return cells.join('、');
  const list = parsed as CellPosition[];
  if (list.length === 0) return '';
  return isRectangle(list) ? rangeText(bounds(list)) : rowRuns(list).join('、');
}

function address(cell: CellPosition): string {
  return cellAddress(cell.row, cell.col);
}

function bounds(cells: readonly CellPosition[]): readonly [CellPosition, CellPosition] {
  const cols = cells.map((c) => c.col);
  const rows = cells.map((c) => c.row);
  return [{ col: Math.min(...cols), row: Math.min(...rows) }, { col: Math.max(...cols), row: Math.max(...rows) }];
}

function rangeText([from, to]: readonly [CellPosition, CellPosition]): string {
  return from.col === to.col && from.row === to.row ? address(from) : `${address(from)}:${address(to)}`;
}

/** True when the cells fill their bounding rectangle exactly. */
function isRectangle(cells: readonly CellPosition[]): boolean {
  const [from, to] = bounds(cells);
  const distinct = new Set(cells.map(address)).size;
  return distinct === (to.col - from.col + 1) * (to.row - from.row + 1);
}

/** Runs of adjacent columns within each row, top to bottom. */
function rowRuns(cells: readonly CellPosition[]): string[] {
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
