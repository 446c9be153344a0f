import { cellAddress } from './cell-address.ts';
import type { FigureField } from './column-role.ts';
import { readNumber } from './read-number.ts';
import type { ColumnPlan } from './resolve-columns.ts';
import { cellAt, type SheetGrid } from './sheet-grid.ts';
import type { SheetProblem } from './sheet-problem.ts';

/** Every figure cell of the data rows, read: value by "row:col". */
export type FigureValues = ReadonlyMap<string, number>;

/** Counts of people and of doses are whole numbers; a fraction means a typing or formula error. */
const WHOLE_NUMBERS: ReadonlySet<FigureField> = new Set(['wholeBloodDonors', 'plateletDonors', 'plateletDoses']);

/** Reads the figure cells of the given rows; every unreadable cell is a problem naming it. */
export function readFigures(grid: SheetGrid, rows: readonly number[], plan: ColumnPlan): { values: FigureValues; problems: SheetProblem[] } {
  const values = new Map<string, number>();
  const problems: SheetProblem[] = [];
  for (const [field, columns] of plan.figures) {
    for (const row of rows) {
      for (const { col } of columns) {
        const address = cellAddress(row, col);
        const read = readNumber(cellAt(grid, row, col));
        if (!read.ok) problems.push({ cell: address, message: `该单元格${read.message}` });
        else if (WHOLE_NUMBERS.has(field) && !Number.isInteger(read.value)) problems.push({ cell: address, message: `该单元格为${read.value}，人次和治疗量应为整数` });
        else values.set(`${row}:${col}`, read.value);
      }
    }
  }
  return { values, problems };
}
