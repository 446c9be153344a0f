import { fillTemplate } from './fill-template.ts';
import { tableRow, textCell, type Cell } from './table-cell.ts';
import { tableOrientation } from './table-orientation.ts';
import { formatMonth } from '../format/format-dates.ts';
import type { DocColumn, DocTable } from '../doc-model.ts';
import type { BriefingContext } from './briefing-context.ts';
import { labelNotes } from './label-notes.ts';

/** "received/expected" as text and as a fraction value. */
function ratioCell(received: number, expected: number): Cell {
  return { text: `${received}/${expected}`, value: expected > 0 ? received / expected : null };
}

/** 附表2: the county × month completeness matrix from January to the end of the quarter (DHIS2 reporting completeness). */
export function completenessTable(ctx: BriefingContext): DocTable {
  const w = ctx.wording.appendix;
  const m = ctx.summary.completeness;
  const rows = m.rows.map((row) => tableRow([
    textCell(row.county),
    ...row.received.map((ok) => ({ text: ok ? w.received : w.notReceived, value: ok ? 1 : 0 })),
    ratioCell(row.received.filter(Boolean).length, m.months.length),
  ]));
  const perMonth = m.months.map((_, i) => ratioCell(m.rows.filter((r) => r.received[i]).length, m.rows.length));
  const total = tableRow([textCell(w.completenessSum), ...perMonth, ratioCell(m.received, m.expected)], true);
  const columns: DocColumn[] = [{ weight: 1.6, align: 'center' }, ...m.months.map((): DocColumn => ({ weight: 1, align: 'center', numFmt: '0' })), { weight: 1.3, align: 'center', numFmt: '0%' }];
  return {
    title: fillTemplate(w.completenessTitle, { year: ctx.quarter.year }),
    unit: '',
    header: [[w.completenessCounty, ...m.months.map((month) => formatMonth(month)), w.completenessTotal].map((text) => ({ text }))],
    columns,
    rows: [...rows, total],
    notes: labelNotes([fillTemplate(w.completenessNote, { expected: m.expected, received: m.received })], ctx.wording),
    orientation: tableOrientation(columns.length),
  };
}
