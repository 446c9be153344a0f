import { fillTemplate } from './fill-template.ts';
import { numberCell, tableRow, textCell, type Cell } from './table-cell.ts';
import { tableOrientation } from './table-orientation.ts';
import { formatCount, formatFixed } from '../format/format-numbers.ts';
import type { DocColumn, DocTable } from '../doc-model.ts';
import type { DonationIndicators, IndicatorsSummary } from '../model.ts';
import type { BriefingContext } from './briefing-context.ts';
import { joinList } from './briefing-context.ts';
import { labelNotes } from './label-notes.ts';

const oneDecimal = (v: number): string => formatFixed(v, 1);

/** The table number of the indicators table: 表2, right after 表1 of the same section. */
export const INDICATOR_TABLE_NUMBER = 2;

function indicatorCells(rank: Cell, name: string, donations: number | null, s: DonationIndicators): Cell[] {
  return [
    rank, textCell(name), numberCell(donations, formatCount),
    numberCell(s.firstTime?.percent, oneDecimal), numberCell(s.repeatDonors?.percent, oneDecimal),
    numberCell(s.ml400?.percent, oneDecimal), numberCell(s.group?.percent, oneDecimal), numberCell(s.rhdNegative?.count, formatCount),
  ];
}

/** Widths on the 156 mm portrait block: the bracketed "（%）" headers wrap under their names. */
const INDICATOR_COLUMNS: DocColumn[] = [
  { weight: 34, align: 'center', numFmt: '0' }, { weight: 58, align: 'center' }, { weight: 52, align: 'right', numFmt: '0' },
  ...[0, 1, 2, 3].map((): DocColumn => ({ weight: 56, align: 'right', numFmt: '0.0' })), { weight: 54, align: 'right', numFmt: '0' },
];

/**
 * 表2 (issue 14): each county's 首次献血比例, 重复献血者比例, 400 ml献血比例, 团体 share and RhD-negative donations,
 * ranked by 首次献血比例 as provincial bulletins rank their cities, with a 全市 row; every value computed in stats/.
 */
export function indicatorTable(ctx: BriefingContext, indicators: IndicatorsSummary): DocTable {
  const w = ctx.wording.indicatorTable;
  const donationsOf = (name: string) => {
    const county = ctx.summary.counties.find((c) => c.name === name);
    return county ? county.donors : null;
  };
  const ranked = indicators.rankingByFirstTime;
  const order = [...ranked, ...indicators.counties.map((c) => c.name).filter((n) => !ranked.includes(n))];
  const rows = order.map((name) => {
    const county = indicators.counties.find((c) => c.name === name)!;
    const rank = ranked.indexOf(name);
    return tableRow(indicatorCells(rank < 0 ? numberCell(null, formatCount) : numberCell(rank + 1, formatCount), name, donationsOf(name), county));
  });
  const total = tableRow(indicatorCells({ text: '', value: null }, ctx.wording.whole, ctx.summary.totals.donors, indicators.city), true);
  const partial = indicators.counties.filter((c) => [c.firstTime, c.repeatDonors, c.ml400, c.group, c.rhdNegative].some((s) => s === null)).map((c) => c.name);
  const some = partial.length > 0 ? [fillTemplate(w.noteSome, { counties: joinList(partial, ctx.wording) })] : [];
  return {
    title: fillTemplate(w.title, { number: INDICATOR_TABLE_NUMBER, quarter: ctx.label }),
    unit: w.unit,
    header: [[w.rank, w.county, w.donations, w.firstTime, w.repeatDonors, w.ml400, w.group, w.rhdNegative].map((text) => ({ text }))],
    columns: INDICATOR_COLUMNS,
    rows: [...rows, total],
    notes: labelNotes([w.noteSource, w.noteDefinitions, w.noteRanking, ...some], ctx.wording),
    orientation: tableOrientation(INDICATOR_COLUMNS.length),
  };
}
