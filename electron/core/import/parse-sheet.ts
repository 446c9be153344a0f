import { SUPPLY_FIELDS, type CollectionRecord, type Profile, type SheetKind, type SheetProblem, type SupplyRecord } from '../model.ts';
import { gridAddress } from './grid-address.ts';
import { checkTotals } from './check-totals.ts';
import { collectionRecord } from './collection-record.ts';
import { groupRows, type RowGroup } from './group-rows.ts';
import type { SheetOrigin } from './source-ref.ts';
import { readFigures, type FigureCells, type FigureValues } from './read-figures.ts';
import { EXPECTED_HEADERS } from './field-names.ts';
import { findHeader, type Header } from './find-header.ts';
import { inferUnits } from './infer-units.ts';
import { turnTable } from './turn-table.ts';
import { matchLayout } from './match-layout.ts';
import { ruleApplies, withheldMessage } from './rule-applies.ts';
import { resolveColumns, type ColumnPlan } from './resolve-columns.ts';
import { resolveContext, type SheetContext } from './resolve-context.ts';
import { rowKeys } from './row-keys.ts';
import { cellClues, nameClue, type Clue } from './cell-clues.ts';
import { cellAt, type GridCell, looksNumeric, type SheetGrid, type StrayCell } from './sheet-grid.ts';
import { repeatedKeys } from './repeated-keys.ts';
import { checkBreakdowns } from './check-breakdowns.ts';
import { readTableBody, type TableBody } from './read-table-body.ts';
import { summedFields } from './summed-fields.ts';
import { parseRecordsSheet } from './records/parse-records-sheet.ts';

/** What one sheet yielded; `kind` is absent when the sheet was skipped. */
export interface SheetResult {
  readonly kind?: SheetKind;
  readonly collections: readonly CollectionRecord[];
  readonly supplies: readonly SupplyRecord[];
  readonly problems: readonly SheetProblem[];
  readonly notices: readonly SheetProblem[];
  /** Set when a recognised table has no figures filled in (a blank template): why, for the file-level message. */
  readonly empty?: SheetProblem;
}

/** The file-level facts a sheet needs. */
export interface SheetInput {
  readonly file: string;
  /** The file name without folders or extension, a clue to county and month. */
  readonly fileBase: string;
  readonly profile: Profile;
}

/** Reads one sheet: finds its header, its rows, its county and month, and sums the rows into records. */
export function parseSheet(grid: SheetGrid, input: SheetInput): SheetResult {
  if (grid.hidden) return skipped('这是隐藏的工作表，已跳过');
  const result = parseVisible(grid, input);
  return grid.strays ? { ...result, notices: [...result.notices, ...strayNotices(grid.strays)] } : result;
}

/** Values far from the table are not read; each is named so that nobody wonders where it went. */
function strayNotices(strays: readonly StrayCell[]): SheetProblem[] {
  const shown = strays.slice(0, 3).map((s) => `${s.address}“${quote(s.cell)}”`).join('、');
  const more = strays.length > 3 ? `等 ${strays.length} 个单元格` : '';
  return [{ cell: strays[0].address, message: `${shown}${more}远离表格（中间隔着大片空行或空列），未读取；如不需要请删除` }];
}

function quote(cell: GridCell): string {
  const text = cell.value === null ? `=${cell.formula ?? ''}` : String(cell.value);
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

function parseVisible(stored: SheetGrid, input: SheetInput): SheetResult {
  // A layout staff taught for this kind of sheet comes first: they said how to read it — for the county they taught
  // it for, so only where the sheet names that county (or is named like the file it was taught from).
  const taught = matchLayout(stored, input.profile.layouts ?? [], (rule, grid, top) => ruleApplies(rule, grid, top, input));
  if (taught && 'header' in taught) return namingRule(understood(taught.grid, input, taught.header), taught.rule.name);
  // One row per donation (issue 14): recognised by its header (献血日期, 献血者编号, 献血类型/献血量), before the county-sheet reader.
  const records = parseRecordsSheet(stored, input);
  if (records) return records;
  const found = findHeader(stored);
  const turned = found ? null : turnTable(stored, input.profile);
  const grid = turned ?? stored;
  const header = turned ? findHeader(turned) : found;
  if (!header && taught) return failed('collection', [{ message: 'withheld' in taught ? withheldMessage(taught.withheld) : taught.nearMiss }]);
  if (!header) return skipped('没有采血或供血表头（如填表说明、空白表），已跳过', grid);
  return understood(grid, input, header);
}

/** Problems of a sheet read by a taught layout name the rule: the rule may be what is wrong. */
function namingRule(result: SheetResult, rule: string): SheetResult {
  return { ...result, problems: result.problems.map((p) => ({ ...p, message: `${p.message}（按版式规则“${rule}”读取）` })) };
}

function understood(grid: SheetGrid, input: SheetInput, header: Header): SheetResult {
  const { plan, problems } = resolveColumns(inferUnits(grid, header));
  if (problems.length > 0) return failed(header.kind, problems);
  return parseTable(grid, input, header, plan);
}

function parseTable(grid: SheetGrid, input: SheetInput, header: Header, plan: ColumnPlan): SheetResult {
  const body = readTableBody(grid, header, plan, input.profile.region);
  if (body.secondTable !== undefined) {
    return failed(plan.kind, [{ message: `第${body.secondTable + 1}行起还有一个表格；一个工作表只能有一个表格，请把它移到另一个工作表` }]);
  }
  const { context, problems } = resolveContext(clues(grid, input, header, body), input.profile.counties, plan.kind === 'collection');
  if (problems.length > 0) return failed(plan.kind, problems);
  const dataRows = body.rows.filter((r) => r.kind === 'data').map((r) => r.row);
  if (dataRows.length === 0) return unfilled(grid, plan.kind, context);
  const keyed = rowKeys(grid, dataRows, plan, context, input.profile);
  const figures = readFigures(grid, dataRows, plan);
  const totals = checkTotals({ grid, plan, keys: keyed.keys, values: figures.values, context, profile: input.profile }, body.rows);
  const repeats = repeatedKeys(grid, body.rows, keyed.keys, plan, hasSiteNames(grid, dataRows, plan));
  const breakdowns = figures.problems.length > 0 ? [] : checkBreakdowns(grid, dataRows, plan, figures.values);
  const all = [...keyed.problems, ...repeats, ...figures.problems, ...breakdowns, ...totals.problems];
  if (all.length > 0) return failed(plan.kind, all, totals.notices);
  const groups = groupRows(dataRows, keyed.keys);
  const blank = groups.filter((g) => isBlank(g, plan, figures.empties));
  if (blank.length === groups.length) return unfilled(grid, plan.kind, context);
  const skippedBlank = blank.map((g) => blankNotice(grid, g, plan));
  return records({ file: input.file, sheet: grid.name, ...(grid.origin ? { origin: grid.origin } : {}) }, plan, groups.filter((g) => !blank.includes(g)), figures.values, [...totals.notices, ...skippedBlank]);
}

/** A county- or hospital-month whose every figure cell is empty: nobody filled it in, so it is not a month of zeros. */
function isBlank(group: RowGroup, plan: ColumnPlan, empties: FigureCells): boolean {
  const columns = [...plan.figures.values()].flat().map((c) => empties.column(c.col));
  for (const row of group.rows) for (const empty of columns) if (empty[row] !== true) return false;
  return true;
}

/** Said, never silent: a blank month (a ledger's future months, a county not yet reported) is skipped, not stored as 0. */
function blankNotice(grid: SheetGrid, group: RowGroup, plan: ColumnPlan): SheetProblem {
  const first = [...plan.figures.values()].flat()[0];
  const cell = first ? gridAddress(grid, group.rows[0]!, first.col) : undefined;
  const [year, month] = group.key.month.split('-');
  return { ...(cell ? { cell } : {}), message: `${group.key.entity}${year}年${Number(month)}月的各项数字都是空白，未导入该月（空白不能当作0：若该月确实为0，请填0）` };
}

/** Whether rows name sites (a text column besides county and month): then a county's consecutive rows are its sites. */
function hasSiteNames(grid: SheetGrid, rows: readonly number[], plan: ColumnPlan): boolean {
  const columns = plan.labelColumns.filter((c) => c !== plan.county && c !== plan.month);
  return rows.some((r) => columns.some((c) => { const cell = cellAt(grid, r, c); return cell.value !== null && !looksNumeric(cell); }));
}

function clues(grid: SheetGrid, input: SheetInput, header: Header, body: TableBody): Clue[] {
  const sheetName = grid.name === input.fileBase ? [] : [nameClue('工作表名', grid.name)];
  const rule: Clue[] = header.rule ? [{ source: `版式规则“${header.rule.name}”`, tells: 'county', countyText: header.rule.county, period: { years: [], months: [], ranges: [] } }] : [];
  return [nameClue('文件名', input.fileBase), ...sheetName, ...rule, ...cellClues(grid, 0, header.top, false), ...cellClues(grid, body.end, grid.rows.length, true)];
}

function records(origin: SheetOrigin, plan: ColumnPlan, groups: readonly RowGroup[], values: FigureValues, notices: SheetProblem[]): SheetResult {
  if (plan.kind === 'collection') {
    return { kind: plan.kind, collections: groups.map((g) => collectionRecord(origin, g, plan, values)), supplies: [], problems: [], notices };
  }
  return { kind: plan.kind, collections: [], supplies: groups.map((g) => supplyRecord(origin, g, plan, values)), problems: [], notices };
}

/** A table with nothing filled in: a notice for this sheet, and the blank labelled cells for the file-level error. */
function unfilled(grid: SheetGrid, kind: SheetKind, context: SheetContext): SheetResult {
  const blanks = context.blanks.map((c) => `${c.tells === 'county' ? '区县' : '统计月份'}（${c.cell}）`);
  const detail = blanks.length > 0 ? `，也未填写${blanks.join('、')}` : '';
  const message = `表格中没有填写任何数字${detail}`;
  return { kind, collections: [], supplies: [], problems: [], notices: [{ message }], empty: { cell: context.blanks[0]?.cell, message } };
}

function skipped(message: string, grid?: SheetGrid): SheetResult {
  const hasNumbers = grid?.rows.some((row) => row.some((cell) => typeof cell?.value === 'number'));
  const detail = hasNumbers ? `${message}。该表有数字但表头无法识别：${EXPECTED_HEADERS}` : message;
  return { collections: [], supplies: [], problems: [], notices: [{ message: detail }] };
}

function failed(kind: SheetKind, problems: readonly SheetProblem[], notices: readonly SheetProblem[] = []): SheetResult {
  return { kind, collections: [], supplies: [], problems, notices };
}

/** One hospital-month: the sum of its rows (a hospital may appear under its name and an alias). */
export function supplyRecord(origin: SheetOrigin, group: RowGroup, plan: ColumnPlan, values: FigureValues): SupplyRecord {
  const { figures, sources } = summedFields(SUPPLY_FIELDS, origin, group, plan, values);
  return { hospital: group.key.entity, month: group.key.month, ...figures, sources };
}
