import type { Month, Profile, SheetProblem } from '../model.ts';
import { gridAddress } from './grid-address.ts';
import { cellAt, cellText, type GridCell, type SheetGrid } from './sheet-grid.ts';
import { exactNamed, findNamed } from './find-named.ts';
import { mergeMaster } from './merge-master.ts';
import type { SheetContext } from './resolve-context.ts';
import type { ColumnPlan } from './resolve-columns.ts';
import { rowMonth } from './row-month.ts';
import { sheetMonth } from './sheet-month.ts';

/** Whom (county or hospital) and which month a data row belongs to. */
export interface RowKey {
  readonly entity: string;
  readonly month: Month;
}

/** The keys of the data rows by row number; a row without a key (a problem) has none. */
export interface RowKeys {
  get(row: number): RowKey | undefined;
}

/**
 * Keys in one list from the first data row on, rows ascending as the body is read: at 100 000 rows a Map of
 * row numbers grows and rehashes, a list only grows.
 */
function keyList(first: number): { keys: RowKeys; set(row: number, key: RowKey): void } {
  const list: (RowKey | undefined)[] = [];
  return {
    keys: { get: (row) => (row >= first ? list[row - first] : undefined) },
    set: (row, key) => {
      const at = row - first;
      while (list.length < at) list.push(undefined);
      list[at] = key;
    },
  };
}

/** A key that is either known or wrong; `blank` when its cell is empty and may inherit from the row above. */
type Part = { readonly value: string } | { readonly problem: SheetProblem } | { readonly blank: SheetProblem };

/**
 * The key of every data row: the county (collection) or hospital (supply) and the month, from the row's
 * own cells when the table has such a column, otherwise from the sheet's surroundings. An empty key cell
 * inherits from the row above (a county typed once over its sites); a merged cell gives its value to all rows.
 */
export function rowKeys(grid: SheetGrid, rows: readonly number[], plan: ColumnPlan, context: SheetContext, profile: Profile): { keys: RowKeys; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const entity = entityReader(grid, plan, context, profile);
  const month = monthReader(grid, plan, context);
  const keys = keyList(rows[0] ?? 0);
  let previousEntity: string | undefined;
  let previousMonth: string | undefined;
  let last: RowKey | undefined;
  const note = (part: Part) => {
    if ('problem' in part && !problems.some((p) => p.message === part.problem.message)) problems.push(part.problem);
  };
  for (const row of rows) {
    const e = inherit(entity(row), previousEntity);
    const m = inherit(month(row), previousMonth);
    note(e);
    note(m);
    previousEntity = 'value' in e ? e.value : undefined;
    previousMonth = 'value' in m ? m.value : undefined;
    // Rows of one county-month share one key object (compared by identity downstream, never mutated).
    if ('value' in e && 'value' in m) {
      last = last !== undefined && last.entity === e.value && last.month === m.value ? last : { entity: e.value, month: m.value };
      keys.set(row, last);
    }
  }
  return { keys: keys.keys, problems };
}

function inherit(part: Part, above: string | undefined): Part {
  if (!('blank' in part)) return part;
  return above !== undefined ? { value: above } : { problem: part.blank };
}

/** A key cell's reading from its shown cell (through its merge) and its address. */
type KeyRead = (located: { cell: GridCell; address: string }) => Part;

/**
 * Reads key column `col` row by row. While consecutive rows show the very same cell (a merged county over
 * its sites, a CSV text shared by every row), its value is read once; a problem is never reused, it names its
 * own cell. The address is spelled only when the cell is read.
 */
function keyColumn(grid: SheetGrid, col: number, read: KeyRead): (row: number) => Part {
  let lastCell: GridCell | undefined;
  let lastPart: Part | undefined;
  const merged = grid.merges.length > 0;
  return (row) => {
    const cell = merged ? cellAt(grid, ...mergeMaster(grid, row, col)) : cellAt(grid, row, col);
    if (cell === lastCell && lastPart !== undefined && 'value' in lastPart) return lastPart;
    lastCell = cell;
    lastPart = read({ cell, address: gridAddress(grid, row, col) });
    return lastPart;
  };
}

function entityReader(grid: SheetGrid, plan: ColumnPlan, context: SheetContext, profile: Profile): (row: number) => Part {
  if (plan.kind === 'supply') return keyColumn(grid, plan.hospital ?? 0, (located) => hospitalOf(located, profile));
  if (plan.county === undefined) {
    const county = sheetCounty(context);
    return () => ('county' in county ? { value: county.county } : county);
  }
  return keyColumn(grid, plan.county, (located) => countyOf(located, context, profile));
}

function countyOf({ cell, address }: { cell: GridCell; address: string }, context: SheetContext, profile: Profile): Part {
  const text = cellText(cell);
  if (text === '') return context.county ? { value: context.county.value } : { blank: { cell: address, message: `该单元格未填写区县` } };
  const found = exactNamed(text, profile.counties) ?? single(findNamed(text, profile.counties));
  if (found === undefined) return { problem: { cell: address, message: `该单元格的区县“${text}”不在基础信息的区县列表中：如果它属于本血站的服务范围，请在“基础信息”中添加该区县，或把它添加为某个区县的别名；如果这是发给其他血站（其他地市）的文件，请不要导入` } };
  if (context.county && context.county.value !== found) return { problem: { cell: address, message: `该单元格为${found}，但${context.county.clue.source}为${context.county.value}` } };
  return { value: found };
}

function hospitalOf({ cell, address }: { cell: GridCell; address: string }, profile: Profile): Part {
  const text = cellText(cell);
  // No inheriting from the row above: an unnamed row summed into the hospital above would be a guess.
  if (text === '') return { problem: { cell: address, message: `该单元格未填写医院名称` } };
  const found = exactNamed(text, profile.hospitals);
  if (found === undefined) return { problem: { cell: address, message: `该单元格的医院“${text}”不在基础信息的医院列表中：请在“基础信息”中添加该医院，或把“${text}”添加为已有医院的别名` } };
  return { value: found };
}

function monthReader(grid: SheetGrid, plan: ColumnPlan, context: SheetContext): (row: number) => Part {
  if (plan.month === undefined) {
    const month = sheetMonth(context);
    return () => ('month' in month ? { value: month.month } : month);
  }
  return keyColumn(grid, plan.month, ({ cell, address }) => {
    if (cell.value === null) return context.month ? fromContext(context) : { blank: { cell: address, message: `该单元格未填写月份` } };
    const read = rowMonth(cell, address, context);
    return read.ok ? { value: read.month } : { problem: { cell: address, message: read.message } };
  });
}

function fromContext(context: SheetContext): Part {
  const month = sheetMonth(context);
  return 'month' in month ? { value: month.month } : month;
}

function single(names: readonly string[]): string | undefined {
  return names.length === 1 ? names[0] : undefined;
}

/** The county of a collection sheet without a county column, from its file name, sheet name, title or 区县 cell. */
export function sheetCounty(context: SheetContext): { county: string } | { problem: SheetProblem } {
  if (context.county) return { county: context.county.value };
  const blank = context.blanks.find((c) => c.tells === 'county');
  if (blank) return { problem: { cell: blank.cell, message: `未填写区县（${blank.cell}），请选择或填写区县名称` } };
  return { problem: { message: '无法确定区县：文件名、工作表名和标题中都没有找到基础信息里的区县名称或别名，表中也没有“区县”列。请在标题中注明区县，如“华阴市2025年1月采血情况”，或在基础信息中为该区县添加别名；如果这是发给其他血站（其他地市）的文件，请不要导入' } };
}
