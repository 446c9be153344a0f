import { createHash } from 'node:crypto';
import type { InputFile, ParsedFile, Problem, Profile, Result, SheetKind, SheetProblem } from '../model.ts';
import { checkRecords } from './check-records.ts';
import { duplicateRecords } from './duplicate-records.ts';
import { groupProblems } from './group-problems.ts';
import { EXPECTED_HEADERS } from './field-names.ts';
import { fileBaseName } from './file-base-name.ts';
import { parseSheet, type SheetResult } from './parse-sheet.ts';
import { readSheets } from './read-sheets.ts';
import { shortenQuotes } from './shorten-quotes.ts';

/**
 * Reads one input file (.xlsx, .xls or .csv, as the counties and the supply department send them) into
 * collection and supply records. Pure: bytes in, records or problems out. All or nothing: any error
 * rejects the whole file, and every problem found is listed (not only the first).
 */
export function parseInput(file: InputFile, profile: Profile): Result<ParsedFile> {
  const read = readSheets(file);
  if (!read.ok) return read;
  const input = { file: file.name, fileBase: fileBaseName(file.name), profile };
  const results = read.value.sheets.map((grid) => ({ sheet: read.value.format === 'csv' ? undefined : grid.name, result: parseSheet(grid, input) }));
  const located = (sheet: string | undefined, p: SheetProblem): Problem => ({ file: file.name, ...(sheet === undefined ? {} : { sheet }), ...(p.cell === undefined ? {} : { cell: p.cell }), message: shortenQuotes(p.message) });
  const problems = results.flatMap(({ sheet, result }) => result.problems.map((p) => located(sheet, p)));
  const notices = results.flatMap(({ sheet, result }) => result.notices.map((p) => located(sheet, p)));
  const assembled = assemble(file, results.map((r) => r.result), notices);
  // Named validation rules (validation-rules.ts): errors refuse the file, warnings travel with it as notices.
  const rules = checkRecords(assembled);
  const asNotice = (w: Problem): Problem => ({ file: w.file, ...(w.sheet === undefined ? {} : { sheet: w.sheet }), ...(w.cell === undefined ? {} : { cell: w.cell }), message: w.message });
  const parsed = { ...assembled, notices: [...assembled.notices, ...rules.warnings.map(asNotice)], ...(rules.warnings.length > 0 ? { warnings: rules.warnings } : {}) };
  const all = [...problems, ...emptiness(file, results, problems.length), ...duplicateRecords(parsed), ...rules.errors];
  return all.length > 0 ? { ok: false, problems: groupProblems(all) } : { ok: true, value: parsed };
}

function assemble(file: InputFile, results: readonly SheetResult[], notices: readonly Problem[]): ParsedFile {
  const kinds = [...new Set(results.flatMap((r) => (r.kind ? [r.kind] : [])))] as SheetKind[];
  return {
    file: file.name,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    kinds,
    collections: results.flatMap((r) => r.collections),
    supplies: results.flatMap((r) => r.supplies),
    notices,
  };
}

/** A file with no recognisable table, or whose tables hold no figures (a blank template), is an error: nothing would be imported. */
function emptiness(file: InputFile, results: readonly { sheet?: string; result: SheetResult }[], problemCount: number): Problem[] {
  if (results.every((r) => r.result.kind === undefined)) return [{ file: file.name, message: `没有找到可识别的采血或供血表格。${EXPECTED_HEADERS}` }];
  const records = results.reduce((n, { result }) => n + result.collections.length + result.supplies.length, 0);
  if (records > 0 || problemCount > 0) return [];
  return results.flatMap(({ sheet, result }) => (result.empty ? [{ file: file.name, ...(sheet === undefined ? {} : { sheet }), ...(result.empty.cell ? { cell: result.empty.cell } : {}), message: `${result.empty.message}，未导入` }] : []));
}
