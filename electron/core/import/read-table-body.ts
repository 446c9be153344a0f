import { cellAt, cellText, looksNumeric, type SheetGrid } from './sheet-grid.ts';
import { findHeader, type Header } from './find-header.ts';
import { normalizeLabel } from './normalize-label.ts';
import type { ColumnPlan } from './resolve-columns.ts';

/** A row of the table body: a site/county/hospital row to sum, or a total row to check against. */
export type BodyRow =
  | { readonly kind: 'data'; readonly row: number }
  /** `segment`: a 小计 without a key checks only the rows since the previous total row. */
  | { readonly kind: 'total'; readonly row: number; readonly segment: boolean };

/** The rows of a table, and where its notes (or a second table) begin. */
export interface TableBody {
  readonly rows: readonly BodyRow[];
  /** First row after the table: notes, a second table or the end of the sheet. */
  readonly end: number;
  /** Row where a second table header starts, when the sheet holds more than one table. */
  readonly secondTable?: number;
}

/** 合计, 总计, 小计, 总数, 汇总, 全市, 全县合计, 华阴市小计… */
const TOTAL = /^(全市|全县|全区|总合计|.{0,8}(合计|小计|总计|总数|汇总))$/;
/** Rows that compare or break down (累计, 去年同期, 其中…), and form column-number rows (甲 乙 1 2 3): neither data nor total. */
const NOT_DATA = /累计|同期|同比|环比|去年|上年|上月|计划|任务|完成率|占比|其中|增减|平均|^(甲|乙|丙|栏次|栏号)$/;
/** Free text under a table: 注：…, 说明, 填表人…, "1." lists. */
const NOTE = /^(注|备注|说明|填表|填报|制表|审核|负责人|单位负责人|统计人|联系|数据来源|资料来源|\d+[.、)])/;
/** Remark columns may say anything ("比去年同期增加"): they never decide what a row is. */
const REMARK = /备注|说明|^注/;
/** Site and county names are short; a longer text in the label column is a sentence. */
const LONG_TEXT = 15;

/**
 * Walks the rows under the header until the notes: data rows, total rows; blank and comparison rows skipped.
 * `region` is the profile's region name: a row named after it ("渭南市") is the city total, not a county.
 */
export function readTableBody(grid: SheetGrid, header: Header, plan: ColumnPlan, region = ''): TableBody {
  const regionNames = regionSpellings(region);
  // A taught layout may name its own total row ("全县总数"), which no vocabulary would know.
  const taughtTotal = header.rule?.totalLabel ? normalizeLabel(header.rule.totalLabel) : null;
  // A ledger names the same few sites and counties on every row: each name is classified once.
  const kinds = new Map<string, 'total' | 'not-data' | 'other'>();
  const kindOf = (name: string) => {
    let kind = kinds.get(name);
    if (kind === undefined) {
      kind = TOTAL.test(name) || regionNames.includes(name) || name === taughtTotal ? 'total' : NOT_DATA.test(name) ? 'not-data' : 'other';
      kinds.set(name, kind);
    }
    return kind;
  };
  const rows: BodyRow[] = [];
  const figureCols = [...plan.figures.values()].flat().map((f) => f.col);
  const nameCols = plan.labelColumns.filter((c) => !REMARK.test(header.columns[c]?.label.norm ?? ''));
  for (let r = header.top + header.depth; r < grid.rows.length; r++) {
    const name = rowName(grid, r, nameCols);
    const kind = kindOf(name);
    if (kind === 'total') rows.push({ kind: 'total', row: r, segment: name.endsWith('小计') && !hasKey(grid, r, plan) });
    else if (kind === 'not-data') continue;
    else if (isNote(grid, r)) return { rows, end: r };
    else {
      const figures = filledFigures(grid, r, figureCols);
      if (figures === 'text' && startsTable(grid, r)) return { rows, end: r, secondTable: r };
      if (figures !== 'none') rows.push({ kind: 'data', row: r });
    }
  }
  return { rows, end: grid.rows.length };
}

/** Whether the row's figure cells hold anything, and whether any of it is a number: no list per row of a ledger. */
function filledFigures(grid: SheetGrid, row: number, columns: readonly number[]): 'none' | 'text' | 'numbers' {
  let filled = false;
  for (const c of columns) {
    const cell = cellAt(grid, row, c);
    if (cell.value !== null || cell.uncached || cell.error) {
      if (looksNumeric(cell)) return 'numbers';
      filled = true;
    }
  }
  return filled ? 'text' : 'none';
}

/** The row's name: its leftmost non-numeric text outside figure and remark columns (序号 columns hold numbers). */
function rowName(grid: SheetGrid, row: number, columns: readonly number[]): string {
  for (const c of columns) {
    const cell = cellAt(grid, row, c);
    if (cell.value !== null && !looksNumeric(cell)) return normalizeLabel(cellText(cell));
  }
  return '';
}

/** "渭南市" and "渭南": how a city total row may be named. */
function regionSpellings(region: string): string[] {
  const name = normalizeLabel(region);
  return name === '' ? [] : [name, name.replace(/(市|地区|州|盟)$/, '')];
}

function hasKey(grid: SheetGrid, row: number, plan: ColumnPlan): boolean {
  return [plan.county, plan.month].some((c) => c !== undefined && !TOTAL.test(normalizeLabel(cellText(cellAt(grid, row, c)))) && cellText(cellAt(grid, row, c)) !== '');
}

/** A row whose first text is a note, a sentence, or a "label: value" line, with no number anywhere. */
function isNote(grid: SheetGrid, row: number): boolean {
  const stored = grid.rows[row] ?? [];
  // A data row has a number: said before any list is built (this runs for every row of a ledger).
  for (const cell of stored) if (cell !== undefined && cell.value !== null && looksNumeric(cell)) return false;
  const cells = stored.filter((cell) => cell !== undefined && cell.value !== null);
  if (cells.length === 0) return false;
  const first = normalizeLabel(cellText(cells[0]!));
  return NOTE.test(first) || /[:：]/.test(first) || first.length > LONG_TEXT;
}

/** A second header under the first table (a collection table and a supply table on one sheet). */
function startsTable(grid: SheetGrid, row: number): boolean {
  return findHeader({ ...grid, rows: grid.rows.slice(0, row + 2) }, row)?.top === row;
}
