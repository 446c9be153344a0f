import type { LayoutField, LayoutRule } from '../model.ts';
import { figure, type ColumnRole } from './column-role.ts';
import type { Header, HeaderColumn } from './find-header.ts';
import { headerLabels, type HeaderLabel } from './header-labels.ts';
import { normalizeLabel } from './normalize-label.ts';
import type { SheetGrid } from './sheet-grid.ts';
import { axisAbove, turnAt } from './turn-table.ts';

/** Where a taught header may have moved to (a title row added or removed above it). */
const SEARCH_ROWS = 40;
/** A row sharing at least this share of a rule's header texts is "close to" the rule. */
const CLOSE = 0.5;

/**
 * What the taught layouts make of a sheet: read by a rule (on the grid it reads, turned when months run across),
 * matched by a rule that may not read it (the sheet does not name the rule's county), close to one, or neither.
 */
export type LayoutMatch =
  | { readonly header: Header; readonly rule: LayoutRule; readonly grid: SheetGrid }
  | { readonly withheld: LayoutRule }
  | { readonly nearMiss: string }
  | null;

/** Whether a rule whose header was found (at row `top` of `grid`) may read the sheet (rule-applies.ts). */
export type RuleCheck = (rule: LayoutRule, grid: SheetGrid, top: number) => boolean;

/**
 * Finds a row that carries a rule's header: every header the rule maps to a field is there, in the same
 * left-to-right order, wherever the row sits and whatever other columns it has (a 备注 added is tolerated).
 * Otherwise the closest rule is named with what differs ("与规则“眉县月报”相比多了“备注”，少了“全血量”"),
 * so staff see why a file that looks like last month's was not read. A rule `applies` refuses is passed over
 * (the next rule may fit) and reported as withheld when no other rule reads the sheet.
 */
export function matchLayout(grid: SheetGrid, rules: readonly LayoutRule[], applies: RuleCheck = () => true): LayoutMatch {
  let closest: { score: number; message: string } | null = null;
  let withheld: LayoutRule | null = null;
  for (const rule of rules) {
    if (rule.monthsAs === 'columns') {
      const turned = matchTurned(grid, rule);
      if (turned && applies(rule, grid, turned.header.top)) return turned;
      if (turned) withheld ??= rule;
      continue;
    }
    for (let top = 0; top < Math.min(grid.rows.length, SEARCH_ROWS); top++) {
      const row = headerLabels(grid, top, 1);
      const labels = row.map((l) => l.norm);
      const placed = placeFields(rule, labels);
      if (placed && applies(rule, grid, top)) return { header: ruleHeader(grid, top, rule, placed), rule, grid };
      if (placed) {
        withheld ??= rule;
        break;
      }
      const score = signatureScore(rule, labels);
      if (score >= CLOSE && (closest === null || score > closest.score)) closest = { score, message: difference(rule, row) };
    }
  }
  if (withheld) return { withheld };
  return closest ? { nearMiss: closest.message } : null;
}

/**
 * A rule whose months run across: its headers are row labels of one column; the block under the month row
 * is turned so the fields become columns, and the corner column holds the months.
 */
function matchTurned(grid: SheetGrid, rule: LayoutRule): { readonly header: Header; readonly rule: LayoutRule; readonly grid: SheetGrid } | null {
  const width = Math.min(10, Math.max(0, ...grid.rows.map((r) => r.length)));
  for (let col = 0; col < width; col++) {
    const labels = grid.rows.map((row) => normalizeLabel(row[col] ? String(row[col]!.value ?? '') : ''));
    const placed = placeFields(rule, labels);
    if (!placed) continue;
    const axis = axisAbove(grid, col, Math.min(...placed.values()));
    if (!axis) continue;
    const turned = turnAt(grid, axis, col);
    const shifted = new Map([...placed].map(([field, row]) => [field, row - axis.row]));
    const header = ruleHeader(turned, axis.row, rule, new Map([...shifted, ['month', 0]]));
    return { header, rule, grid: turned };
  }
  return null;
}

/** Column of each mapped field in the row, or null when one is missing or the order differs from the rule's. */
function placeFields(rule: LayoutRule, labels: readonly string[]): Map<LayoutField, number> | null {
  const wanted = Object.entries(rule.fields) as [LayoutField, { header: string }][];
  const order = (text: string) => rule.header.indexOf(text);
  const placed = new Map<LayoutField, number>();
  for (const [field, column] of [...wanted].sort((a, b) => order(a[1].header) - order(b[1].header))) {
    const col = labels.indexOf(normalizeLabel(column.header));
    const previous = Math.max(-1, ...placed.values());
    if (col < 0 || col <= previous) return null;
    placed.set(field, col);
  }
  return placed.size > 0 ? placed : null;
}

function signatureScore(rule: LayoutRule, labels: readonly string[]): number {
  const present = rule.header.filter((text) => labels.includes(normalizeLabel(text)));
  return rule.header.length === 0 ? 0 : present.length / rule.header.length;
}

function difference(rule: LayoutRule, row: readonly HeaderLabel[]): string {
  const known = new Set(rule.header.map(normalizeLabel));
  const added = row.filter((l) => l.norm !== '' && !known.has(l.norm)).map((l) => l.text);
  const missing = rule.header.filter((text) => !row.some((l) => l.norm === normalizeLabel(text)));
  const parts = [added.length > 0 ? `多了${added.map((a) => `“${a}”`).join('、')}` : '', missing.length > 0 ? `少了${missing.map((m) => `“${m}”`).join('、')}` : '']
    .filter((p) => p !== '');
  return `与版式规则“${rule.name}”（${rule.county}）相比${parts.join('，')}，未按该规则读取：如版式确已改变，请在“数据导入”中重新映射该文件`;
}

/** The rule as the header the rest of the reading uses: mapped columns as figures (with the rule's unit), the others as labels. */
function ruleHeader(grid: SheetGrid, top: number, rule: LayoutRule, placed: ReadonlyMap<LayoutField, number>): Header {
  const columnField = new Map([...placed].map(([field, col]) => [col, field]));
  const columns: HeaderColumn[] = headerLabels(grid, top, 1).map((label, col) => ({ col, label, role: roleOf(columnField.get(col), rule) }));
  return { top, depth: 1, kind: 'collection', columns, rule: { name: rule.name, county: rule.county, ...(rule.totalLabel ? { totalLabel: rule.totalLabel } : {}) }, ...(grid.origin ? { origin: grid.origin } : {}) };
}

function roleOf(field: LayoutField | undefined, rule: LayoutRule): ColumnRole | null {
  if (field === undefined) return null;
  if (field === 'month') return { role: 'month' };
  // domain.md: 200 ml of whole blood = 1 U.
  if (field === 'wholeBloodUnits') return figure('collection', field, rule.fields.wholeBloodUnits?.unit === 'ml' ? 1 / 200 : 1);
  return figure('collection', field);
}
