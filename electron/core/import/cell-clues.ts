import { gridAddress } from './grid-address.ts';
import { cellText, EMPTY_CELL, type GridCell, looksNumeric, type SheetGrid } from './sheet-grid.ts';
import { normalizeLabel } from './normalize-label.ts';
import { parsePeriodText, type PeriodHint } from './parse-period-text.ts';
import { periodOfCell } from './period-of-cell.ts';

/** Text outside the table that may name the county or the period, and where it was found (for messages). */
export interface Clue {
  /** How the clue is named in messages: 文件名"…", 工作表名"…", 标题（A1）"…", 统计月份（B2）"…". */
  readonly source: string;
  readonly cell?: string;
  /** What the clue can tell: a title tells both, a labelled cell only what its label says. */
  readonly tells: 'both' | 'period' | 'county';
  /** The text to look for counties in. */
  readonly countyText: string;
  readonly period: PeriodHint;
  /** A labelled cell left blank (an unfilled template): worth naming when nothing else tells the answer. */
  readonly blank?: boolean;
}

const NO_PERIOD: PeriodHint = { years: [], months: [], ranges: [] };
/** Labels of the reporting period: "统计月份：2025年1月", "填报月份", "报表月份", "统计时间"… */
const MONTH_LABEL = /^((统计|填报|报表|所属|数据|报告)(月份|年月|期间|周期)|月份|年月|统计(时间|日期)|报告期|时间)[:：]?/;
/** Labels of the reporting county: "区县：华阴市", "填报单位：华阴市献血办"… */
const COUNTY_LABEL = /^((填报|报送|报告|采血)?单位|区县|县区|县\(市、?区\)|县市区|地区)(名称)?[:：]?/;
/** When a form was filled in or who filled it: not the period, and the date would mislead (a December report filled in January). */
const IGNORED_LABEL = /^(填报|报送|制表|填表|上报|审核|打印)(日期|时间|人)|^(日期|填表人|制表人|审核人|负责人|联系)/;

/** A clue from the file or sheet name. */
export function nameClue(source: string, name: string): Clue {
  return { source: `${source}“${name}”`, tells: 'both', countyText: name, period: parsePeriodText(name) };
}

/**
 * Clues from the cells of rows [from, to): title lines (free text naming county and period) and labelled
 * cells ("统计月份：2025年1月", or the label in one cell and the value in the next). With `labelledOnly`,
 * free text is not read (used below the table, where notes may mention other months or counties).
 */
export function cellClues(grid: SheetGrid, from: number, to: number, labelledOnly: boolean): Clue[] {
  const clues: Clue[] = [];
  for (let r = from; r < Math.min(to, grid.rows.length); r++) {
    const row = grid.rows[r];
    row.forEach((cell, c) => {
      if (!cell || cell.value === null || looksNumeric(cell)) return;
      const next = (): Next => nextFilled(grid, row, c + 1, r);
      const clue = cellClue(cellText(cell), gridAddress(grid, r, c), next, labelledOnly);
      if (clue) clues.push(clue);
    });
  }
  return clues;
}

function cellClue(text: string, cell: string, next: () => Next, labelledOnly: boolean): Clue | null {
  const norm = normalizeLabel(text);
  if (IGNORED_LABEL.test(norm)) return null;
  const month = MONTH_LABEL.exec(norm);
  if (month) return periodLabel(norm.slice(month[0].length), month[0], cell, next);
  const county = COUNTY_LABEL.exec(norm);
  if (county) return countyLabel(norm.slice(county[0].length), county[0], cell, next);
  return labelledOnly ? null : { source: `标题（${cell}）“${text}”`, cell, tells: 'both', countyText: text, period: parsePeriodText(text) };
}

function periodLabel(own: string, label: string, cell: string, next: () => Next): Clue {
  const value = own !== '' ? { cell: { value: own }, address: cell } : next();
  const read = periodOfCell(value.cell);
  const shown = value.cell.value === null ? '' : String(value.cell.value);
  return { source: `${bare(label)}（${value.address}）“${shown}”`, cell: value.address, tells: 'period', countyText: '', period: read.ok ? read.period : NO_PERIOD, blank: shown === '' };
}

function countyLabel(own: string, label: string, cell: string, next: () => Next): Clue {
  const value = own !== '' ? { cell: { value: own }, address: cell } : next();
  const shown = cellText(value.cell);
  return { source: `${bare(label)}（${value.address}）“${shown}”`, cell: value.address, tells: 'county', countyText: shown, period: NO_PERIOD, blank: shown === '' };
}

function bare(label: string): string {
  return label.replace(/[:：]$/, '');
}

/**
 * The first non-empty cell after a label; labels and values sit side by side on forms ("统计月份 | 2025年1月").
 * When that cell is the next label ("统计月份 | (blank) | 区县 | …"), the value was left blank.
 */
function nextFilled(grid: SheetGrid, row: readonly (GridCell | undefined)[], from: number, r: number): Next {
  const col = row.findIndex((cell, c) => c >= from && cell !== undefined && cell.value !== null);
  const next = col >= 0 ? row[col]! : EMPTY_CELL;
  if (col < 0 || isLabel(normalizeLabel(cellText(next)))) return { cell: EMPTY_CELL, address: gridAddress(grid, r, from) };
  return { cell: next, address: gridAddress(grid, r, col) };
}

/** The value cell of a label and its address (the cell right after the label when left blank). */
interface Next {
  readonly cell: GridCell;
  readonly address: string;
}

function isLabel(norm: string): boolean {
  return norm !== '' && (MONTH_LABEL.test(norm) || COUNTY_LABEL.test(norm) || IGNORED_LABEL.test(norm));
}
