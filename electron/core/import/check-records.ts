import type { ParsedFile, Problem, SourceRef } from '../model.ts';
import { COLLECTION_RULES, SUPPLY_RULES, type Severity, type ValidationRule } from './validation-rules.ts';

/** What the rules found in a file: errors refuse it, warnings are stored with its import and shown. */
export interface RuleProblems {
  readonly errors: readonly Problem[];
  readonly warnings: readonly Problem[];
}

/** Runs every named rule over every record of a parsed file; each finding names the rule, sheet and cells. */
export function checkRecords(parsed: ParsedFile): RuleProblems {
  const found = [
    ...parsed.collections.flatMap((r) => apply(parsed.file, COLLECTION_RULES, r, r.sources as Readonly<Record<string, SourceRef>>)),
    ...parsed.supplies.flatMap((r) => apply(parsed.file, SUPPLY_RULES, r, r.sources as Readonly<Record<string, SourceRef>>)),
  ];
  return { errors: found.filter((f) => f.severity === 'error').map((f) => f.problem), warnings: found.filter((f) => f.severity === 'warning').map((f) => f.problem) };
}

function apply<R>(file: string, rules: readonly ValidationRule<R>[], record: R, sources: Readonly<Record<string, SourceRef>>): { severity: Severity; problem: Problem }[] {
  return rules.flatMap((rule) => rule.check(record).map((finding) => {
    const source = sources[finding.field];
    const cells = source?.cells ?? [];
    const where = cells.length > 1 ? `（${cells.slice(0, 6).join('、')}${cells.length > 6 ? ' 等' : ''}之和）` : '';
    const label = rule.severity === 'error' ? `规则“${rule.name}”` : `警告（规则“${rule.name}”）`;
    // A record summed from donation rows names a row range ("第2–31行"), not a cell: it goes into the message.
    const oneCell = cells.length === 1 && /^[A-Z]+\d+$/.test(cells[0]!);
    const rows = cells.length === 1 && !oneCell ? `（${source!.sheet} ${cells[0]}）` : '';
    const problem: Problem = { file, ...(source ? { sheet: source.sheet } : {}), ...(oneCell ? { cell: cells[0] } : {}), message: `${label}：${finding.message}${where}${rows}` };
    return { severity: rule.severity, problem };
  }));
}
