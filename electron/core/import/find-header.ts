import type { SheetKind } from '../model.ts';
import { classifyColumn } from './classify-column.ts';
import type { ColumnRole } from './column-role.ts';
import { headerLabels, type HeaderLabel } from './header-labels.ts';
import type { Placement } from './grid-address.ts';
import type { UnitEvidence } from './infer-units.ts';
import { cellText, looksNumeric, type SheetGrid } from './sheet-grid.ts';
import { normalizeLabel } from './normalize-label.ts';
import { parsePeriodText } from './parse-period-text.ts';

/** A column of the table: its header label and what it holds (null: ignored, e.g. 备注, blood groups). */
export interface HeaderColumn {
  readonly col: number;
  readonly label: HeaderLabel;
  readonly role: ColumnRole | null;
  /** Where the unit came from when the header itself states none (infer-units.ts). */
  readonly unitFrom?: UnitEvidence;
}

/** The table header found on a sheet (with the sheet's placement, so its cells are named as the user sees them). */
export interface Header extends Placement {
  readonly top: number;
  readonly depth: number;
  readonly kind: SheetKind;
  readonly columns: readonly HeaderColumn[];
  /** Set when a layout taught by staff gave the columns (match-layout.ts): its name and county. */
  readonly rule?: { readonly name: string; readonly county: string; readonly totalLabel?: string };
}

/** Headers sit near the top; a title, a unit line and labelled cells may come first. */
const SEARCH_ROWS = 40;
/** Parent labels are short group names (全血, 机采血小板, 单采血小板(治疗量)); titles are longer. */
const MAX_PARENT_LENGTH = 12;
/** A header names at least two different figures of one kind. */
const MIN_FIELDS = 2;

/** Finds the first row (one or two levels deep) that reads as a collection or supply header, from `from` on. */
export function findHeader(grid: SheetGrid, from = 0): Header | null {
  const last = Math.min(grid.rows.length, from + SEARCH_ROWS);
  for (let top = from; top < last; top++) {
    const header = bestHeaderAt(grid, top);
    if (header) return extendOverQualifiers(grid, header);
  }
  return null;
}

function bestHeaderAt(grid: SheetGrid, top: number): Header | null {
  const single = candidate(grid, top, 1);
  const double = canBeTwoLevel(grid, top) ? candidate(grid, top, 2) : null;
  const best = double && double.score > (single?.score ?? 0) ? double : single;
  return best && best.score >= MIN_FIELDS ? best.header : null;
}

/**
 * Whether row `top` can be the parent row of a two-level header: several short labels ("采血点 | 全血 |
 * 机采血小板 | 备注") over a row of text. A title (one text across the table) or a line of labelled cells
 * ("区县：澄城县  填报月份：2025年3月") above a one-level header is not a parent row.
 */
function canBeTwoLevel(grid: SheetGrid, top: number): boolean {
  const below = grid.rows[top + 1];
  if (below === undefined || !below.some((cell) => cell?.value != null) || below.some((cell) => cell && looksNumeric(cell))) return false;
  const parents = new Set((grid.rows[top] ?? []).map((cell) => (cell ? normalizeLabel(cellText(cell)) : '')).filter((t) => t !== ''));
  return parents.size >= 2 && [...parents].every(isGroupLabel);
}

/** A group label over sub-columns (全血, 机采血小板): short, no "label:" form, no number, no year or month ("华阴市 | 2025年1月" is a title line). */
function isGroupLabel(text: string): boolean {
  const period = parsePeriodText(text);
  const namesPeriod = period.years.length + period.months.length + period.ranges.length > 0;
  return text.length <= MAX_PARENT_LENGTH && !/[:：]/.test(text) && !looksNumeric({ value: text }) && !namesPeriod;
}

function candidate(grid: SheetGrid, top: number, depth: number): { header: Header; score: number } | null {
  const labels = headerLabels(grid, top, depth);
  const scored = (['collection', 'supply'] as const).map((kind) => ({ kind, score: fieldCount(labels, kind) }));
  const best = scored[0].score >= scored[1].score ? scored[0] : scored[1];
  if (best.score === 0) return null;
  const columns = labels.map((label, col) => ({ col, label, role: classifyColumn(label, best.kind) }));
  return { header: { top, depth, kind: best.kind, columns, ...(grid.origin ? { origin: grid.origin } : {}) }, score: best.score };
}

function fieldCount(labels: readonly HeaderLabel[], kind: SheetKind): number {
  const fields = new Set<string>();
  for (const label of labels) {
    const role = classifyColumn(label, kind);
    if (role && (role.role === 'figure' || role.role === 'bad-unit')) fields.add(role.field);
    if (role && role.role === 'hospital') fields.add('hospital');
  }
  return fields.size;
}

/**
 * A row under a header that only qualifies its columns — the period (本月 | 本年累计 | 去年同期 | 同比(%))
 * or the unit (人次 | U | 治疗量) — belongs to the header block, however many rows the block already has.
 */
const QUALIFIER = /^(本月|本期|当月|本季度?|本月数|本期数|累计|本年累计|年累计|\d+-\d+月累计|去年同期|上年同期|同期|同比|环比|增减|增长|上月|计划|任务|完成率|占比|比例)(数|\(%\)|%|率)?$|^(人次|人数|u|\(u\)|ml|\(ml\)|毫升|治疗量|人份|单位)$/;

function isQualifierRow(grid: SheetGrid, row: number): boolean {
  const cells = (grid.rows[row] ?? []).filter((cell) => cell !== undefined && cell.value !== null);
  if (cells.length < 2 || cells.some((cell) => looksNumeric(cell!))) return false;
  return cells.every((cell) => QUALIFIER.test(normalizeLabel(cellText(cell!))));
}

/** The header with every qualifier row under it added to its block (at most four rows deep). */
function extendOverQualifiers(grid: SheetGrid, header: Header): Header {
  let current = header;
  while (current.depth < 4 && isQualifierRow(grid, current.top + current.depth)) {
    const deeper = candidate(grid, current.top, current.depth + 1);
    if (!deeper) break;
    current = deeper.header;
  }
  return current;
}
