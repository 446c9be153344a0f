import type { Profile, SheetProblem } from '../model.ts';
import { monthId } from '../period/quarter.ts';
import { gridAddress } from './grid-address.ts';
import { cellAt, cellText, type SheetGrid } from './sheet-grid.ts';
import { exactNamed, findNamed } from './find-named.ts';
import { mergeMaster } from './merge-master.ts';
import { periodOfCell } from './period-of-cell.ts';
import { figureKey, type FigureValues } from './read-figures.ts';
import { readNumber } from './read-number.ts';
import type { SheetContext } from './resolve-context.ts';
import type { ColumnPlan, FigureColumn } from './resolve-columns.ts';
import type { RowKeys } from './row-keys.ts';
import type { BodyRow } from './read-table-body.ts';

/** What a total check needs besides the rows. */
export interface TotalCheckInput {
  readonly grid: SheetGrid;
  readonly plan: ColumnPlan;
  readonly keys: RowKeys;
  readonly values: FigureValues;
  readonly context: SheetContext;
  readonly profile: Profile;
}

/**
 * Checks every 合计/小计 row against the sum of the rows it covers: the figures are always the sum of the
 * sites, and the total only confirms them (provincial bulletins cross-check unit rows against the total row).
 * A mismatch is an error naming the total cell, the expected sum and the value found.
 */
export function checkTotals(input: TotalCheckInput, body: readonly BodyRow[]): { problems: SheetProblem[]; notices: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const notices: SheetProblem[] = [];
  body.forEach((total, i) => {
    if (total.kind !== 'total') return;
    const covered = total.segment ? segmentRows(body, i) : matchingRows(input, body, total.row);
    if (covered.length === 0) return;
    for (const column of [...input.plan.figures.values()].flat()) checkCell(input, total.row, column, covered, problems, notices);
  });
  return { problems, notices };
}

function checkCell(input: TotalCheckInput, row: number, column: FigureColumn, covered: readonly number[], problems: SheetProblem[], notices: SheetProblem[]): void {
  const address = gridAddress(input.grid, row, column.col);
  const read = readNumber(cellAt(input.grid, row, column.col));
  const cell = cellAt(input.grid, row, column.col);
  if (!read.ok && cell.uncached) notices.push({ cell: address, message: `合计单元格${address}是未计算的公式，未用它核对各行之和` });
  else if (!read.ok) problems.push({ cell: address, message: `合计单元格${address}${read.message}` });
  else if (!read.empty) compare(input, address, read.value, column, covered, problems);
}

function compare(input: TotalCheckInput, address: string, found: number, column: FigureColumn, covered: readonly number[], problems: SheetProblem[]): void {
  const expected = Math.round(covered.reduce((sum, row) => sum + (input.values.get(figureKey(row, column.col)) ?? 0), 0) * 1e6) / 1e6;
  if (Math.abs(expected - found) < 1e-6) return;
  const cells = covered.map((row) => gridAddress(input.grid, row, column.col)).join('、');
  problems.push({ cell: address, message: `合计与各行之和不符：“${column.label}”合计单元格${address}为${found}，而${cells}之和为${expected}。请核对后改正` });
}

function segmentRows(body: readonly BodyRow[], index: number): number[] {
  const before = body.slice(0, index);
  const start = before.map((r) => r.kind).lastIndexOf('total') + 1;
  return before.slice(start).filter((r) => r.kind === 'data').map((r) => r.row);
}

/** Rows the total covers: all data rows, narrowed to its county or month when the total row names one. */
function matchingRows(input: TotalCheckInput, body: readonly BodyRow[], row: number): number[] {
  const county = input.plan.county === undefined ? undefined : totalCounty(input, row, input.plan.county);
  const month = input.plan.month === undefined ? undefined : totalMonth(input, row, input.plan.month);
  return body.filter((r) => r.kind === 'data').map((r) => r.row).filter((r) => {
    const key = input.keys.get(r);
    return key !== undefined && (county === undefined || key.entity === county) && (month === undefined || key.month === month);
  });
}

function totalCounty(input: TotalCheckInput, row: number, col: number): string | undefined {
  const [r, c] = mergeMaster(input.grid, row, col);
  const text = cellText(cellAt(input.grid, r, c));
  const found = findNamed(text, input.profile.counties);
  // "华阴市小计" names its county; "全市合计" names none and covers every row.
  return exactNamed(text, input.profile.counties) ?? (found.length === 1 ? found[0] : undefined);
}

function totalMonth(input: TotalCheckInput, row: number, col: number): string | undefined {
  const [r, c] = mergeMaster(input.grid, row, col);
  const read = periodOfCell(cellAt(input.grid, r, c));
  const year = read.ok ? read.period.years[0] ?? input.context.year?.value : undefined;
  return read.ok && read.period.months.length === 1 && year !== undefined ? monthId(year, read.period.months[0]) : undefined;
}
