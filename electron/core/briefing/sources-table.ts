import { numberCell, tableRow, textCell } from './table-cell.ts';
import { tableOrientation } from './table-orientation.ts';
import { assertNever } from '../util/assert-never.ts';
import { formatCount } from '../format/format-count.ts';
import { formatDate } from '../format/format-date.ts';
import { EMPTY_CELL } from '../format/empty-cell.ts';
import type { SourceFile } from '../model.ts';
import type { DocColumn, DocTable } from '../doc-model.ts';
import type { BriefingContext } from './briefing-context.ts';
import type { Wording } from './wording.ts';
import { labelNotes } from './label-notes.ts';

/** Printed digits of a SHA-256; the full value goes into the spreadsheet export. */
export const HASH_PRINT_LENGTH = 16;

/** The file name without its folders (the full path goes into the spreadsheet export). */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The printed name of a source file's kind. */
function kindName(kind: SourceFile['kind'], wording: Wording): string {
  switch (kind) {
    case 'collection': return wording.appendix.kindCollection;
    case 'supply': return wording.appendix.kindSupply;
    case 'mixed': return wording.appendix.kindMixed;
    default: return assertNever(kind);
  }
}

const SOURCE_COLUMNS: DocColumn[] = [
  { weight: 0.75, align: 'center', numFmt: '0' }, { weight: 2.7, align: 'left' }, { weight: 1.3, align: 'center' },
  { weight: 2.5, align: 'left' }, { weight: 2.2, align: 'center' },
];

/** 附表1: every file behind the figures, with SHA-256 (shortened in print) and import date (DHIS2: state the query); the full SHA-256 and time stay in the raw values for the .xlsx. */
export function sourcesTable(ctx: BriefingContext): DocTable {
  const w = ctx.wording.appendix;
  const rows = ctx.summary.sources.map((s, i) => tableRow([
    numberCell(i + 1, formatCount), { text: baseName(s.file), value: s.file }, textCell(kindName(s.kind, ctx.wording)),
    { text: s.sha256.slice(0, HASH_PRINT_LENGTH), value: s.sha256 },
    s.importedAt ? { text: formatDate(new Date(s.importedAt)), value: s.importedAt } : { text: EMPTY_CELL, value: null },
  ]));
  return {
    title: w.sourcesTitle,
    unit: '',
    header: [[w.sourcesIndex, w.sourcesFile, w.sourcesKind, w.sourcesHash, w.sourcesImported].map((text) => ({ text }))],
    columns: SOURCE_COLUMNS,
    rows,
    notes: labelNotes([w.sourcesNote], ctx.wording),
    orientation: tableOrientation(SOURCE_COLUMNS.length),
  };
}
