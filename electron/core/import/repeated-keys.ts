import { gridAddress } from './grid-address.ts';
import { formatMonth } from '../format/format-dates.ts';
import type { BodyRow } from './read-table-body.ts';
import type { ColumnPlan } from './resolve-columns.ts';
import type { RowKey, RowKeys } from './row-keys.ts';
import type { SheetProblem } from '../model.ts';
import { cellAt, cellText, type GridCell, type SheetGrid } from './sheet-grid.ts';
import { mergeMaster } from './merge-master.ts';
import { normalizeLabel } from './normalize-label.ts';

/**
 * A county (or county-month) that appears in two separate places of one sheet — two blocks, or the same
 * row twice in a one-row-per-county table — is an error naming both rows. Summing them could double count,
 * dropping one would lose a county: a statistician would ask the county, and so does the importer.
 * The rows of one county under a merged or inherited county cell (its sites) are one block; a 小计 or
 * 合计 row ends a block. A functional zone written under its own name (高新区, an alias of 临渭区) is a part
 * of its county, not a repeat: only the same spelling twice is.
 */
export function repeatedKeys(grid: SheetGrid, body: readonly BodyRow[], keys: RowKeys, plan: ColumnPlan, siteRows: boolean): SheetProblem[] {
  if (plan.kind !== 'collection') return [];
  const firstRow = new Map<string, number>();
  const problems: SheetProblem[] = [];
  let previous: string | undefined;
  const county = spellingReader(grid, plan.county);
  const month = spellingReader(grid, plan.month);
  // The rows of a block repeat the previous row's key and spellings: then its id is the previous id.
  let last: { key: RowKey; county: string; month: string; first: number } | undefined;
  for (const row of body) {
    if (row.kind === 'total') { previous = undefined; last = undefined; continue; }
    const key = keys.get(row.row);
    if (!key) continue;
    const countyText = county(row.row);
    const monthText = month(row.row);
    if (last !== undefined && last.key === key && last.county === countyText && last.month === monthText) {
      if (!siteRows) problems.push(repeated(grid, key, last.first, row.row, plan));
      continue;
    }
    const id = `${key.entity}|${key.month}|${countyText}|${monthText}`;
    const first = firstRow.get(id);
    const sameBlock = siteRows && previous === id;
    if (first !== undefined && !sameBlock) problems.push(repeated(grid, key, first, row.row, plan));
    if (first === undefined) firstRow.set(id, row.row);
    previous = id;
    last = { key, county: countyText, month: monthText, first: first ?? row.row };
  }
  return problems;
}

/** The key cell's text as written (through its merge), or "" without such a column; read once while rows show the same cell. */
function spellingReader(grid: SheetGrid, col: number | undefined): (row: number) => string {
  if (col === undefined) return () => '';
  let lastCell: GridCell | undefined;
  let lastText = '';
  const merged = grid.merges.length > 0;
  return (row) => {
    const cell = merged ? cellAt(grid, ...mergeMaster(grid, row, col)) : cellAt(grid, row, col);
    if (cell !== lastCell) { lastCell = cell; lastText = normalizeLabel(cellText(cell)); }
    return lastText;
  };
}

function repeated(grid: SheetGrid, key: RowKey, first: number, again: number, plan: ColumnPlan): SheetProblem {
  const col = plan.county ?? plan.month ?? 0;
  const [one, two] = [gridAddress(grid, first, col), gridAddress(grid, again, col)];
  const month = plan.month !== undefined ? formatMonth(key.month, true) : '';
  return {
    cell: two,
    message: `${key.entity}${month}在${one}和${two}两处出现（一个工作表中每个区县只应出现一处），两处既不会相加也不会取其一：请删除重复的行，或把两处合并后再导入`,
  };
}
