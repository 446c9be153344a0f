import { fillTemplate } from './fill-template.ts';
import { tableRow, textCell, type Cell } from './table-cell.ts';
import { tableOrientation } from './table-orientation.ts';
import { formatMonth } from '../format/format-dates.ts';
import type { DocColumn, DocTable } from '../doc-model.ts';
import { joinList, type BriefingContext } from './briefing-context.ts';
import { labelNotes } from './label-notes.ts';

/** "received/expected" as text and as a fraction value. */
function ratioCell(received: number, expected: number): Cell {
  return { text: `${received}/${expected}`, value: expected > 0 ? received / expected : null };
}

/** "潼关县2月报表3月14日到达", "白水县1月、2月报表4月9日到达": late reports by county and arrival day, in report order. */
export function lateItems(ctx: BriefingContext): string[] {
  const m = ctx.summary.completeness;
  return m.rows.flatMap((row) => {
    const late = m.months.flatMap((month, i) => (row.late[i] && row.arrivedOn[i] !== null ? [{ month, day: row.arrivedOn[i]! }] : []));
    const days = [...new Set(late.map((l) => l.day))];
    return days.map((day) => fillTemplate(ctx.wording.appendix.lateItem, {
      county: row.county, month: joinList(late.filter((l) => l.day === day).map((l) => formatMonth(l.month)), ctx.wording), day: dayLabel(day),
    }));
  });
}

/** "2025-03-12" as "3月12日" (the year is the briefing's). */
function dayLabel(day: string): string {
  const [, month, date] = day.split('-').map(Number);
  return `${month}月${date}日`;
}

/**
 * 附表2: the county × month completeness matrix from January to the end of the quarter (DHIS2 reporting completeness
 * and timeliness): a report that arrived after its due date reads 迟报, and the note names when each arrived.
 */
export function completenessTable(ctx: BriefingContext): DocTable {
  const w = ctx.wording.appendix;
  const m = ctx.summary.completeness;
  const rows = m.rows.map((row) => tableRow([
    textCell(row.county),
    ...row.received.map((ok, i) => ({ text: ok ? (row.late[i] ? w.late : w.received) : w.notReceived, value: ok ? 1 : 0 })),
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
    notes: labelNotes([fillTemplate(w.completenessNote, { expected: m.expected, received: m.received }),
      ...(m.late === 0 ? [] : [fillTemplate(w.lateNote, { dueDay: m.dueDay, items: lateItems(ctx).join(ctx.wording.listSeparator) })])], ctx.wording),
    orientation: tableOrientation(columns.length),
  };
}
