import { gridAddress } from './grid-address.ts';
import { ABO_FIELDS, VOLUME_CLASSES, type FigureField } from './column-role.ts';
import { figureKey, type FigureValues } from './read-figures.ts';
import type { ColumnPlan } from './resolve-columns.ts';
import type { SheetGrid } from './sheet-grid.ts';
import type { SheetProblem } from '../model.ts';

/**
 * Row by row, a stated 献血总人次 must equal 全血人次 + 机采血小板人次 (domain.md), and volume classes given beside
 * a 全血人次 column must add up to it: a breakdown that disagrees with its total means one of them is wrong,
 * and the importer cannot tell which. Likewise 首次 + 再次献血人次 and the four ABO groups must add up to 献血人次
 * (全血 + 单采血小板, domain.md: 首次献血比例 and 血型分布 are shares of all donations; issue 11).
 */
export function checkBreakdowns(grid: SheetGrid, rows: readonly number[], plan: ColumnPlan, values: FigureValues): SheetProblem[] {
  const classes = VOLUME_CLASSES.map(([field]) => field).filter((f) => plan.figures.has(f));
  const wholeIsStated = classes.length > 0 && !sameColumns(plan, 'wholeBloodDonors', classes);
  // The checks that apply are chosen once, not per row: a ledger without breakdowns costs nothing per row.
  const checks: ((row: number) => SheetProblem | null)[] = [
    ...(plan.figures.has('donorsTotal') ? [stated(grid, plan, values, 'donorsTotal', ['wholeBloodDonors', 'plateletDonors'], '献血总人次', '全血人次与单采血小板人次之和')] : []),
    ...(wholeIsStated ? [stated(grid, plan, values, 'wholeBloodDonors', classes, '全血人次', '200ml、300ml、400ml各档人次之和')] : []),
    ...(plan.figures.has('firstTime') && plan.figures.has('repeat') ? [ofDonations(grid, plan, values, ['firstTime', 'repeat'], '首次与再次献血人次之和')] : []),
    ...(plan.figures.has('aboA') ? [ofDonations(grid, plan, values, ABO_FIELDS.map(([f]) => f), 'A、B、O、AB各型人次之和')] : []),
  ];
  const problems: SheetProblem[] = [];
  if (checks.length === 0) return problems;
  for (const row of rows) {
    for (const check of checks) {
      const problem = check(row);
      if (problem !== null) problems.push(problem);
    }
  }
  return problems;
}

/** A breakdown of all donations in a row against 全血人次 + 单采血小板人次 of the same row. */
function ofDonations(grid: SheetGrid, plan: ColumnPlan, values: FigureValues, parts: readonly FigureField[], what: string): (row: number) => SheetProblem | null {
  const column = plan.figures.get(parts[0]!)?.[0];
  const donations = rowSum(plan, values, ['wholeBloodDonors', 'plateletDonors']);
  const sum = rowSum(plan, values, parts);
  return (row) => {
    if (!column) return null;
    const [found, expected] = [sum(row), donations(row)];
    if (found === expected) return null;
    const address = gridAddress(grid, row, column.col);
    return { cell: address, message: `第${row + 1}行${what}为${found}（自${address}起），而全血人次与单采血小板人次之和为${expected}，两者不符：请核对后改正` };
  };
}

function sameColumns(plan: ColumnPlan, field: FigureField, classes: readonly FigureField[]): boolean {
  const own = (plan.figures.get(field) ?? []).map((c) => c.col).sort();
  const parts = classes.flatMap((f) => plan.figures.get(f) ?? []).map((c) => c.col).sort();
  return own.join() === parts.join();
}

/** A row's sum of the fields' columns, added in field then column order (the same sum to the last bit as ever). */
function rowSum(plan: ColumnPlan, values: FigureValues, fields: readonly FigureField[]): (row: number) => number {
  const cols = fields.flatMap((f) => plan.figures.get(f) ?? []).map((c) => c.col);
  return (row) => {
    let sum = 0;
    for (const col of cols) sum = sum + (values.get(figureKey(row, col)) ?? 0);
    return sum;
  };
}

function stated(grid: SheetGrid, plan: ColumnPlan, values: FigureValues, total: FigureField, parts: readonly FigureField[], name: string, what: string): (row: number) => SheetProblem | null {
  const column = plan.figures.get(total)?.[0];
  const sum = rowSum(plan, values, parts);
  return (row) => {
    if (!column) return null;
    const found = values.get(figureKey(row, column.col)) ?? 0;
    const expected = sum(row);
    if (found === expected) return null;
    const address = gridAddress(grid, row, column.col);
    return { cell: address, message: `${name}${address}为${found}，而${what}为${expected}，两者不符：请核对后改正` };
  };
}
