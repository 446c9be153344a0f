import type { SheetKind, SheetProblem } from '../model.ts';
import { gridAddress } from './grid-address.ts';
import { ABO_FIELDS, FIRST_REPEAT, VOLUME_CLASSES, type FigureField } from './column-role.ts';
import { fieldName, REQUIRED_FIELDS } from './field-names.ts';
import type { Header, HeaderColumn } from './find-header.ts';

/** A column summed into a figure; its sum times `factor` is in the stored unit. */
export interface FigureColumn {
  readonly col: number;
  readonly label: string;
  readonly factor: number;
  /** The header marks it as the current period (本月): an empty cell is an error, not 0. */
  readonly current?: boolean;
  /** The unit its cells are in, when it differs from the field's (a volume class counts 人次 towards U). */
  readonly unit?: 'persons';
  /** The header cells that named it and where its unit came from, for the figure's source. */
  readonly reading?: string;
}

/** Which columns hold what, once the header is understood. */
export interface ColumnPlan {
  readonly kind: SheetKind;
  readonly figures: ReadonlyMap<FigureField, readonly FigureColumn[]>;
  readonly county?: number;
  readonly month?: number;
  readonly hospital?: number;
  /** Every column that is not a figure (site names, keys, remarks): where 合计 and notes are looked for. */
  readonly labelColumns: readonly number[];
}


/** Decides which column supplies each required figure, or says what is missing, duplicated or in an unusable unit. */
export function resolveColumns(header: Header): { plan: ColumnPlan; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const figures = new Map<FigureField, readonly FigureColumn[]>();
  // A lone "400ml人次" beside 全血人次 is an "of which" column; 200 and 400 ml together (300 ml optional) break whole blood down.
  const found = header.kind === 'collection' ? volumeClassColumns(header, problems) : [];
  const classes = found.some(([f]) => f === 'wholeBlood200') && found.some(([f]) => f === 'wholeBlood400') ? found : [];
  for (const [field, columns] of classes) figures.set(field, columns);
  const stated = header.columns.some((c) => c.role?.role === 'figure' && c.role.field === 'donorsTotal') ? chooseColumns(header, 'donorsTotal') : null;
  if (stated && 'columns' in stated) figures.set('donorsTotal', stated.columns);
  if (header.kind === 'collection') for (const [field, columns] of breakdownColumns(header, problems)) figures.set(field, columns);
  for (const field of REQUIRED_FIELDS[header.kind]) {
    const chosen = chooseColumns(header, field);
    const derived = 'problem' in chosen && classes.length > 0 ? fromVolumeClasses(field, classes) : null;
    if (derived) figures.set(field, derived);
    else if ('problem' in chosen) problems.push(chosen.problem);
    else figures.set(field, chosen.columns);
  }
  const figureCols = new Set([...figures.values()].flat().map((f) => f.col));
  const plan: ColumnPlan = {
    kind: header.kind, figures,
    county: keyColumn(header, 'county'), month: keyColumn(header, 'month'), hospital: keyColumn(header, 'hospital'),
    labelColumns: header.columns.filter((c) => !figureCols.has(c.col) && !isFigureLike(c)).map((c) => c.col),
  };
  if (header.kind === 'supply' && plan.hospital === undefined) problems.push({ message: '供血表缺少“医院”（用血单位）列' });
  return { plan, problems };
}

/** The 200/300/400 ml class columns a collection sheet has, one column each. */
function volumeClassColumns(header: Header, problems: SheetProblem[]): [FigureField, FigureColumn[]][] {
  return VOLUME_CLASSES.flatMap(([field]) => {
    const chosen = header.columns.some((c) => c.role?.role === 'figure' && c.role.field === field) ? chooseColumns(header, field) : null;
    if (chosen && 'problem' in chosen) problems.push(chosen.problem);
    return chosen && 'columns' in chosen ? [[field, chosen.columns] as [FigureField, FigureColumn[]]] : [];
  });
}

/**
 * The breakdown columns a collection sheet has (issue 11): 首次/再次 one or both; the four ABO groups all or none,
 * since a missing group would make the others' sum fall short of the total without saying why.
 */
function breakdownColumns(header: Header, problems: SheetProblem[]): [FigureField, FigureColumn[]][] {
  const has = (field: FigureField) => header.columns.some((c) => c.role?.role === 'figure' && c.role.field === field);
  const abo = ABO_FIELDS.map(([field]) => field).filter(has);
  if (abo.length > 0 && abo.length < ABO_FIELDS.length) {
    const missing = ABO_FIELDS.filter(([field]) => !abo.includes(field)).map(([, group]) => `${group}型`).join('、');
    problems.push({ cell: headerCell(header, 0), message: `表中有血型分列，但缺少${missing}列：A、B、O、AB四型应一并填报（各型人次之和应等于献血人次）` });
    return [];
  }
  return [...FIRST_REPEAT, ...abo].filter(has).flatMap((field) => {
    const chosen = chooseColumns(header, field);
    if ('problem' in chosen) problems.push(chosen.problem);
    return 'columns' in chosen ? [[field, chosen.columns] as [FigureField, FigureColumn[]]] : [];
  });
}

/**
 * Whole blood given only by volume class: donations are the sum of the classes, units n200 + 1.5·n300 + 2·n400
 * (domain.md: 200 ml = 1 U). Other fields cannot come from the classes.
 */
function fromVolumeClasses(field: FigureField, classes: readonly [FigureField, FigureColumn[]][]): FigureColumn[] | null {
  const perUnit = new Map<FigureField, number>(VOLUME_CLASSES);
  if (field === 'wholeBloodDonors') return classes.flatMap(([, columns]) => columns.map((c) => ({ ...c, factor: 1, reading: `${c.reading}，各档人次相加` })));
  if (field === 'wholeBloodUnits') return classes.flatMap(([f, columns]) => columns.map((c) => ({ ...c, factor: perUnit.get(f) ?? 1, unit: 'persons' as const, reading: `${c.reading}，每人次折合${perUnit.get(f) ?? 1}U` })));
  return null;
}

function isFigureLike(column: HeaderColumn): boolean {
  return column.role?.role === 'figure' || column.role?.role === 'bad-unit';
}

function keyColumn(header: Header, role: 'county' | 'month' | 'hospital'): number | undefined {
  return header.columns.find((c) => c.role?.role === role)?.col;
}

function chooseColumns(header: Header, field: FigureField): { columns: FigureColumn[] } | { problem: SheetProblem } {
  const candidates = header.columns.filter((c) => c.role?.role === 'figure' && c.role.field === field);
  if (candidates.length === 0) return { problem: missingProblem(header, field) };
  // Prefer the stored unit when a sheet gives both (全血 U and ml): no conversion, no rounding.
  const direct = candidates.filter((c) => c.role?.role === 'figure' && c.role.factor === 1);
  const used = direct.length > 0 ? direct : candidates.filter((c) => sameFactor(c, candidates[0]));
  if (used.length > 1 && !canSumProducts(header.kind, used)) return { problem: duplicateProblem(header, field, used) };
  return { columns: used.map((c) => ({ col: c.col, label: c.label.text, factor: factorOf(c), reading: reading(header, c), ...(c.role?.role === 'figure' && c.role.current ? { current: true } : {}) })) };
}

/** Supply sheets may split a category into products (悬浮红细胞, 洗涤红细胞): their sum is the category. */
function canSumProducts(kind: SheetKind, columns: readonly HeaderColumn[]): boolean {
  return kind === 'supply' && columns.every((c) => c.role?.role === 'figure' && !c.role.generic);
}

function factorOf(column: HeaderColumn): number {
  return column.role?.role === 'figure' ? column.role.factor : 1;
}

function sameFactor(a: HeaderColumn, b: HeaderColumn): boolean {
  return factorOf(a) === factorOf(b);
}

function missingProblem(header: Header, field: FigureField): SheetProblem {
  const bad = header.columns.find((c) => c.role?.role === 'bad-unit' && c.role.field === field);
  if (bad?.role?.role === 'bad-unit') return { cell: headerCell(header, bad.col), message: bad.role.message };
  // Header texts are cell contents: each shown at most 30 characters long (shortenQuotes only sees “quotes”).
  const seen = header.columns.map((c) => c.label.text).filter((t) => t !== '').map((t) => (t.length > 38 ? `${t.slice(0, 30)}…` : t)).join('、');
  return { cell: headerCell(header, 0), message: `表头中没有“${fieldName(header.kind, field)}”列（读到的表头：${seen}）；若本月为0请填0而不要删除该列` };
}

function duplicateProblem(header: Header, field: FigureField, columns: readonly HeaderColumn[]): SheetProblem {
  const list = columns.map((c) => `${headerCell(header, c.col)}“${c.label.text}”`).join('与');
  return { cell: headerCell(header, columns[1].col), message: `${list}都表示“${fieldName(header.kind, field)}”，无法确定用哪一列` };
}

/** "表头B3:B5“全血人次本月”，单位取自C3“1,336.5U”": the cells that named a column and where its unit came from. */
function reading(header: Header, column: HeaderColumn): string {
  const first = gridAddress(header, header.top, column.col);
  const last = headerCell(header, column.col);
  const range = first === last ? first : `${first}:${last}`;
  const unit = column.unitFrom ? `，单位取自${column.unitFrom.cell}“${column.unitFrom.text}”` : '';
  const rule = header.rule ? `按版式规则“${header.rule.name}”：` : '';
  return `${rule}表头${range}“${column.label.text}”${unit}`;
}

/** The address of a column's header cell (its lowest header row). */
export function headerCell(header: Header, col: number): string {
  return gridAddress(header, header.top + header.depth - 1, col);
}
