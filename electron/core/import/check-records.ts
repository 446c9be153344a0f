import type { ParsedFile, Problem, RecordWarning, SheetKind, SourceRef } from '../model.ts';
import { cellCount, formatCells } from '../util/cell-ranges.ts';
import { COLLECTION_RULES, SUPPLY_RULES, type Severity, type ValidationRule } from './validation-rules.ts';

/** What the rules found in a file: errors refuse it, warnings are stored with its import and shown. */
export interface RuleProblems {
  readonly errors: readonly Problem[];
  readonly warnings: readonly RecordWarning[];
}

/** The record a finding is about: its kind, county or hospital, month and sources. */
interface Subject {
  readonly kind: SheetKind;
  readonly subject: string;
  readonly month: string;
  readonly sources: Readonly<Record<string, SourceRef>>;
}

/** Runs every named rule over every record of a parsed file; each finding names the rule, sheet and cells. */
export function checkRecords(parsed: ParsedFile): RuleProblems {
  const found = [
    ...parsed.collections.flatMap((r) => apply(parsed.file, COLLECTION_RULES, r, { kind: 'collection', subject: r.county, month: r.month, sources: r.sources })),
    ...parsed.supplies.flatMap((r) => apply(parsed.file, SUPPLY_RULES, r, { kind: 'supply', subject: r.hospital, month: r.month, sources: r.sources })),
  ];
  return { errors: found.filter((f) => f.severity === 'error').map((f) => f.problem), warnings: found.filter((f) => f.severity === 'warning').map((f) => f.problem) };
}

/** A cell or a range of a sheet ("C5", "C5:C7"), as a figure's source names them. */
const A1_RANGE = /^[A-Z]+\d+(?::[A-Z]+\d+)?$/;

function apply<R>(file: string, rules: readonly ValidationRule<R>[], record: R, about: Subject): { severity: Severity; problem: RecordWarning }[] {
  return rules.flatMap((rule) => rule.check(record).map((finding) => {
    const source = about.sources[finding.field];
    const cells = source?.cells ?? [];
    // A range ("C5:C7") is several cells: only a figure read from one cell names that cell.
    const a1 = cells.every((c) => A1_RANGE.test(c));
    const oneCell = a1 && cellCount(cells) === 1;
    // A record summed from donation rows names a row range ("第2–31行"), not a cell: it goes into the message.
    const rows = !a1 && cells.length === 1 ? `（${source!.sheet} ${cells[0]}）` : '';
    const where = oneCell || rows !== '' || cells.length === 0 ? '' : `（${formatCells(cells, false)}之和）`;
    const label = rule.severity === 'error' ? `规则“${rule.name}”` : `警告（规则“${rule.name}”）`;
    const problem: RecordWarning = {
      file, ...(source ? { sheet: source.sheet } : {}), ...(oneCell ? { cell: cells[0] } : {}), message: `${label}：${finding.message}${where}${rows}`,
      kind: about.kind, subject: about.subject, month: about.month, rule: rule.name,
    };
    return { severity: rule.severity, problem };
  }));
}
