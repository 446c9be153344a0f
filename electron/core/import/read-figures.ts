import { gridAddress } from './grid-address.ts';
import type { FigureField } from './column-role.ts';
import { readNumber, type NumberRead, type UnitSuffix } from './read-number.ts';
import { cellAt, cellText, type GridCell, type SheetGrid } from './sheet-grid.ts';
import type { ColumnPlan } from './resolve-columns.ts';
import type { SheetProblem } from '../model.ts';

/** Every figure cell of the data rows, read: value by {@link figureKey}. */
export interface FigureValues {
  get(key: number): number | undefined;
  /** One column's values indexed by row: a sum over many rows reads it without a key per cell. */
  column(col: number): readonly (number | undefined)[];
}

/** The figure cells that held nothing at all, by {@link figureKey}. */
export interface FigureCells {
  has(key: number): boolean;
  /** One column's empty cells indexed by row (true where empty). */
  column(col: number): readonly (true | undefined)[];
}

/** The key of a cell in {@link FigureValues}: one number, cheaper than a "row:col" string at 100 000 rows. */
export function figureKey(row: number, col: number): number {
  // Sheets have at most 16 384 columns (XFD), so row and column never collide.
  return row * 16384 + col;
}

/**
 * Values by figureKey in one array per column, indexed by row: past row 65 536 the keys leave V8's small
 * integers, and a Map of such keys costs a boxed number per cell (seconds at a million cells).
 */
function figureTable<T>(): { get(key: number): T | undefined; column(col: number): T[] } {
  const columns = new Map<number, T[]>();
  return {
    get: (key) => {
      const col = key % 16384;
      return columns.get(col)?.[(key - col) / 16384];
    },
    // One column's array, made on first use: the body is read column by column, so each cell is one array store.
    column: (col) => {
      let column = columns.get(col);
      if (column === undefined) { column = []; columns.set(col, column); }
      return column;
    },
  };
}

/** Counts of people and of doses are whole numbers; a fraction means a typing or formula error. */
const WHOLE_NUMBERS: ReadonlySet<FigureField> = new Set(['wholeBloodDonors', 'plateletDonors', 'plateletDoses', 'wholeBlood200', 'wholeBlood300', 'wholeBlood400', 'donorsTotal', 'firstTime', 'repeat', 'aboA', 'aboB', 'aboO', 'aboAB']);

/** The unit a column's figures are in, as a cell would name it after its number ("781人次", "1,336.5U"). */
function unitOf(field: FigureField, factor: number): UnitSuffix {
  if (WHOLE_NUMBERS.has(field)) return field === 'plateletDoses' ? 'doses' : 'persons';
  // domain.md: 200 ml whole blood = 1 U; 100 ml plasma = 1 U. A factor other than 1 means the column is in ml (whole blood) or U (plasma).
  if (field === 'wholeBloodUnits') return factor === 1 ? 'U' : 'ml';
  if (field === 'plasmaMl') return factor === 1 ? 'ml' : 'U';
  return 'U';
}

const UNIT_NAMES: Readonly<Record<UnitSuffix, string>> = { persons: '人次', U: 'U', ml: 'ml', doses: '治疗量' };

/** What is wrong with a figure cell's reading for its column, or null. */
function faultOf(read: NumberRead, cell: GridCell, expected: UnitSuffix, current: boolean | undefined, whole: boolean): string | null {
  return !read.ok ? `该单元格${read.message}`
    : read.suffix && read.suffix !== expected ? `该单元格写的是“${cellText(cell)}”，单位与该列（${UNIT_NAMES[expected]}）不符，请核对`
    : current && read.empty ? '该单元格是本月数，但未填写：空白不能当作0，也不能用累计数代替，请填写本月数字（没有请填0）'
    : whole && !Number.isInteger(read.value) ? `该单元格为${read.value}，人次和治疗量应为整数`
    : null;
}

/** Reads the figure cells of the given rows; every unreadable cell is a problem naming it. */
export function readFigures(grid: SheetGrid, rows: readonly number[], plan: ColumnPlan): { values: FigureValues; empties: FigureCells; problems: SheetProblem[] } {
  const values = figureTable<number>();
  // Cells that held nothing at all (not "0", not "-"): read as 0, but a record made only of them is no record.
  const emptyCells = figureTable<true>();
  const empties: FigureCells = { has: (key) => emptyCells.get(key) === true, column: emptyCells.column };
  const problems: SheetProblem[] = [];
  for (const [field, columns] of plan.figures) {
    const whole = WHOLE_NUMBERS.has(field);
    for (const { col, current, factor, unit } of columns) {
      const expected = unit ?? unitOf(field, factor);
      const valueColumn = values.column(col);
      const emptyColumn = emptyCells.column(col);
      // A ledger's cells repeat (a CSV shares one cell per text): the reading of the previous row's cell is reused.
      let lastCell: GridCell | undefined;
      let read: NumberRead = { ok: true, value: 0, empty: true };
      let fault: string | null = null;
      for (const row of rows) {
        const cell = cellAt(grid, row, col);
        if (cell !== lastCell) {
          lastCell = cell;
          read = readNumber(cell);
          fault = faultOf(read, cell, expected, current, whole || unit === 'persons');
        }
        // The address is spelled out only for a problem: at 100 000 rows, naming every cell costs more than reading it.
        if (fault !== null) problems.push({ cell: gridAddress(grid, row, col), message: fault });
        else if (read.ok) {
          valueColumn[row] = read.value;
          if (read.empty) emptyColumn[row] = true;
        }
      }
    }
  }
  // A volume-class cell is read for donations and for units: say what is wrong with it once.
  // Keyed by cell and message in one pass: a sheet of junk may hold a hundred thousand problems.
  const unique = [...new Map(problems.map((p) => [`${p.cell}\u0000${p.message}`, p])).values()];
  return { values, empties, problems: unique };
}
