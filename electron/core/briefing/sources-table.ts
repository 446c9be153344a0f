import { fillTemplate } from './fill-template.ts';
import { tableRow, textCell } from './table-cell.ts';
import { tableOrientation } from './table-orientation.ts';
import { formatDate, formatMonth } from '../format/format-dates.ts';
import { EMPTY_CELL } from '../format/format-numbers.ts';
import type { SourceFile } from '../model.ts';
import type { DocColumn, DocTable } from '../doc-model.ts';
import type { BriefingContext } from './briefing-context.ts';
import type { SourceUse } from '../stats/used-sources.ts';
import { labelNotes } from './label-notes.ts';

/** Printed digits of a SHA-256: enough to tell files apart by eye; the full value goes into the spreadsheet export. */
export const HASH_PRINT_LENGTH = 8;

/** The file name without its folders (the full path goes into the spreadsheet export). */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** "2025年1—3月", "2024年1月、2025年1月" — the months a file backs, runs of one year joined. */
function monthsText(months: readonly string[]): string {
  const byYear = new Map<string, number[]>();
  for (const m of months) byYear.set(m.slice(0, 4), [...(byYear.get(m.slice(0, 4)) ?? []), Number(m.slice(5))]);
  return [...byYear.entries()].map(([year, ms]) => {
    const consecutive = ms.every((m, i) => i === 0 || m === ms[i - 1]! + 1);
    if (ms.length === 1) return formatMonth(`${year}-${String(ms[0]).padStart(2, '0')}`, true);
    return consecutive ? `${year}年${ms[0]}—${ms.at(-1)}月` : `${year}年${ms.join('、')}月`;
  }).join('、');
}

/** The group a source is listed under: its county (profile order), else the supply reports after the counties. */
function groupOf(use: SourceUse, supplyGroup: string): string {
  return use.counties.length === 1 ? use.counties[0]! : use.counties.length === 0 ? supplyGroup : use.counties.join('、');
}

const COLUMNS: DocColumn[] = [{ weight: 1.3, align: 'center' }, { weight: 3.6, align: 'left' }, { weight: 2, align: 'center' }, { weight: 1.4, align: 'center' }];
const DATE_COLUMN: DocColumn = { weight: 1.9, align: 'center' };

/**
 * 附表1: the files behind every figure, the 同比/环比 ones included, grouped by county (the county printed once per
 * group), each with its months and a short hash (DHIS2: every export states its query). The import date is said once
 * in the 说明 when all files share it, else given per file. Full paths, hashes and times stay in the raw values.
 */
export function sourcesTable(ctx: BriefingContext): DocTable {
  const w = ctx.wording.appendix;
  const byFile = new Map(ctx.summary.sources.map((s) => [s.file, s] as const));
  const order = [...ctx.summary.counties.map((c) => c.name), w.sourcesSupplyGroup];
  const rank = (g: string) => (order.includes(g) ? order.indexOf(g) : order.length);
  const uses = ctx.summary.sourceUses
    .map((u) => ({ use: u, group: groupOf(u, w.sourcesSupplyGroup), source: byFile.get(u.file)! }))
    .sort((a, b) => rank(a.group) - rank(b.group) || (a.use.months[0] ?? '').localeCompare(b.use.months[0] ?? ''));
  const dates = [...new Set(uses.map((u) => importDay(u.source)))];
  const oneDate = dates.length === 1;
  const rows = uses.map((u, i) => tableRow([
    textCell(i > 0 && uses[i - 1]!.group === u.group ? '' : u.group),
    { text: baseName(u.source.file), value: u.source.file },
    textCell(monthsText(u.use.months)),
    { text: u.source.sha256.slice(0, HASH_PRINT_LENGTH), value: u.source.sha256 },
    ...(oneDate ? [] : [u.source.importedAt ? { text: importDay(u.source), value: u.source.importedAt } : { text: EMPTY_CELL, value: null }]),
  ]));
  const columns = oneDate ? COLUMNS : [...COLUMNS, DATE_COLUMN];
  const dateNote = oneDate && dates[0] !== EMPTY_CELL ? [fillTemplate(w.sourcesImportedOnce, { date: dates[0]! })] : [];
  return {
    title: w.sourcesTitle,
    unit: '',
    header: [[w.sourcesCounty, w.sourcesFile, w.sourcesMonths, w.sourcesShortHash, ...(oneDate ? [] : [w.sourcesImported])].map((text) => ({ text }))],
    columns,
    rows,
    notes: labelNotes([w.sourcesGroupedNote, ...dateNote], ctx.wording),
    orientation: tableOrientation(columns.length),
  };
}

/** The day a source was imported, as printed; a dash when it came from files given on the command line. */
function importDay(source: SourceFile): string {
  return source.importedAt ? formatDate(new Date(source.importedAt)) : EMPTY_CELL;
}
