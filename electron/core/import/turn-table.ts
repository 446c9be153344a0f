import type { Profile } from '../model.ts';
import { cellAt, cellText, type GridCell, gridWidth, type SheetGrid } from './sheet-grid.ts';
import { classifyColumn } from './classify-column.ts';
import { exactNamed } from './find-named.ts';
import { normalizeLabel } from './normalize-label.ts';
import { periodOfCell } from './period-of-cell.ts';

/** Where the axis of a turned table is looked for: near the top, like a header. */
const SEARCH_ROWS = 40;
/** Free text under the block (notes, signatures) ends it. */
const NOTE = /^(注|备注|说明|填表|填报|制表|审核|负责人|联系|数据来源|资料来源)/;

/** The row that runs across a turned table: months (4月 | 5月 | 6月 | 合计) or hospitals. */
export interface Axis {
  readonly row: number;
  readonly kind: 'months-as-columns' | 'hospitals-as-columns';
  readonly firstCol: number;
  readonly lastCol: number;
}

/**
 * A sheet that lists its indicators as rows (全血人次, 全血量(U), 机采血小板人次 …) under a row of months, or
 * its blood components as rows under a row of hospitals, turned so that the indicators become columns:
 * then the usual reading applies unchanged (header, key column, 合计 row now checking the 合计 column).
 * Rows above the axis (title, captions) stay where they are; every cell keeps its original address
 * through `origin`. Null when the sheet is not such a table.
 */
export function turnTable(grid: SheetGrid, profile: Profile): SheetGrid | null {
  const axis = findAxis(grid, profile);
  if (!axis) return null;
  const labelCol = findLabelColumn(grid, axis);
  if (labelCol === null) return null;
  return turnAt(grid, axis, labelCol);
}

/**
 * The block from `axis.row` down, turned about `labelCol` (also used by a taught layout whose months run
 * across): rows above the axis stay, every cell keeps its original address through `origin`.
 */
export function turnAt(grid: SheetGrid, axis: Axis, labelCol: number): SheetGrid {
  const end = blockEnd(grid, axis, labelCol);
  const width = axis.lastCol - labelCol + 1;
  const height = end - axis.row;
  const corner: GridCell = { value: axis.kind === 'months-as-columns' ? '月份' : '医院' };
  const block = Array.from({ length: width }, (_, i) => Array.from({ length: height }, (_, j) =>
    (i === 0 && j === 0 ? corner : cellAt(grid, axis.row + j, labelCol + i))));
  const tail = grid.rows.slice(end);
  const rows = [...grid.rows.slice(0, axis.row), ...block, ...tail];
  const top = axis.row;
  const origin = (row: number, col: number): readonly [number, number] => {
    if (row < top) return [row, col];
    if (row < top + width) return [top + col, labelCol + row - top];
    return [end + row - top - width, col];
  };
  return { name: grid.name, hidden: grid.hidden, rows, merges: grid.merges.filter((m) => m.bottom < top), origin, turned: axis.kind };
}

function findAxis(grid: SheetGrid, profile: Profile): Axis | null {
  for (let row = 0; row < Math.min(grid.rows.length, SEARCH_ROWS); row++) {
    const cells = (grid.rows[row] ?? []).map((cell, col) => ({ cell, col })).filter(({ cell }) => cell !== undefined && cell.value !== null);
    const months = cells.filter(({ cell }) => namesOneMonth(cell!));
    if (months.length >= 2) return { row, kind: 'months-as-columns', firstCol: months[0].col, lastCol: cells[cells.length - 1].col };
    const hospitals = cells.filter(({ cell }) => exactNamed(cellText(cell!), profile.hospitals) !== undefined);
    if (hospitals.length >= 2) return { row, kind: 'hospitals-as-columns', firstCol: hospitals[0].col, lastCol: cells[cells.length - 1].col };
  }
  return null;
}

/** A column head that is one month and nothing else: "4月", "四月", "2025年4月", a date cell. */
function namesOneMonth(cell: GridCell): boolean {
  if (typeof cell.value === 'number' && !cell.date) return false;
  const read = periodOfCell(cell);
  if (!read.ok || read.period.months.length !== 1 || read.period.ranges.length > 0) return false;
  return typeof cell.value === 'number' || normalizeLabel(cell.value ?? '').replace(/\d{4}年|\d{1,2}月份?|[一二三四五六七八九十]+月份?/g, '') === '';
}

/** The column left of the axis whose cells below it name at least two figures. */
function findLabelColumn(grid: SheetGrid, axis: Axis): number | null {
  const kind = axis.kind === 'months-as-columns' ? 'collection' : 'supply';
  for (let col = 0; col < axis.firstCol; col++) {
    const fields = new Set<string>();
    for (let row = axis.row + 1; row < Math.min(grid.rows.length, axis.row + SEARCH_ROWS); row++) {
      const text = cellText(cellAt(grid, row, col));
      const role = text === '' ? null : classifyColumn({ text, norm: normalizeLabel(text) }, kind);
      if (role?.role === 'figure' || role?.role === 'bad-unit') fields.add(role.field);
    }
    if (fields.size >= 2) return col;
  }
  return null;
}

/** The first row after the indicator rows: a note, or a row with neither a label nor a number in the axis columns. */
function blockEnd(grid: SheetGrid, axis: Axis, labelCol: number): number {
  const width = Math.max(gridWidth(grid), axis.lastCol + 1);
  for (let row = axis.row + 1; row < grid.rows.length; row++) {
    const label = normalizeLabel(cellText(cellAt(grid, row, labelCol)));
    const filled = Array.from({ length: width - axis.firstCol }, (_, i) => cellAt(grid, row, axis.firstCol + i)).some((c) => c.value !== null);
    if (NOTE.test(label) || (label === '' && !filled)) return row;
  }
  return grid.rows.length;
}

/** The axis row for a block whose row labels sit in `labelCol` from `firstLabelRow` on: the nearest row above with two or more cells right of the labels. */
export function axisAbove(grid: SheetGrid, labelCol: number, firstLabelRow: number): Axis | null {
  for (let row = firstLabelRow - 1; row >= 0; row--) {
    const cells = (grid.rows[row] ?? []).map((cell, col) => ({ cell, col })).filter(({ cell, col }) => col > labelCol && cell !== undefined && cell.value !== null);
    if (cells.length >= 2) return { row, kind: 'months-as-columns', firstCol: cells[0].col, lastCol: cells[cells.length - 1].col };
  }
  return null;
}
