import { fillTemplate } from './fill-template.ts';
import { numberCell, tableRow, textCell, type Cell } from './table-cell.ts';
import { tableOrientation } from './table-orientation.ts';
import { formatCount, formatFixed, formatUnits } from '../format/format-numbers.ts';
import type { Change, SupplyFigures } from '../model.ts';
import type { DocColumn, DocTable } from '../doc-model.ts';
import type { BriefingContext } from './briefing-context.ts';
import { labelNotes } from './label-notes.ts';
import { shownSumsDiffer } from './shown-sums-differ.ts';

const oneDecimal = (v: number): string => formatFixed(v, 1);

/** One hospital row (or the 合计 row): components, share of red cells, red cells 同比 — all computed in stats/. */
function hospitalCells(index: Cell, name: string, figures: SupplyFigures, share: number | null, yearOnYear: Change | null): Cell[] {
  return [
    index, textCell(name),
    numberCell(figures.redCellsU, formatUnits), numberCell(figures.plasmaMl, formatUnits),
    numberCell(figures.plateletDoses, formatCount), numberCell(figures.cryoU, formatUnits),
    numberCell(share, oneDecimal),
    numberCell(yearOnYear?.percent, oneDecimal),
  ];
}

/**
 * Column widths (roughly points on the 156 mm portrait block): at 小四 a hospital name of eight characters
 * and each bracketed unit ("（治疗量）") fit on one line, the figures below them too.
 */
const HOSPITAL_COLUMNS: DocColumn[] = [
  { weight: 33, align: 'center', numFmt: '0' }, { weight: 106, align: 'left' },
  { weight: 46, align: 'right', numFmt: 'General' }, { weight: 50, align: 'right', numFmt: 'General' },
  { weight: 70, align: 'right', numFmt: '0' }, { weight: 45, align: 'right', numFmt: 'General' },
  { weight: 45, align: 'right', numFmt: '0.0' }, { weight: 45, align: 'right', numFmt: '0.0' },
];

/** The 红细胞占比 column: its rounded shares may not add up to 100.0. */
const SHARE_COLUMN = 6;

/** 表2: hospitals in profile order with a 合计 row (issue 3 Content 2). */
export function hospitalTable(ctx: BriefingContext, number = 2): DocTable {
  const { summary, wording } = ctx;
  const w = wording.hospitalTable;
  const rows = summary.hospitals.map((h, i) => tableRow(hospitalCells(numberCell(i + 1, formatCount), h.name, h, h.redCellsShare, h.redCellsChange)));
  const whole = summary.supplyTotals.redCellsU > 0 ? 100 : null;
  const total = tableRow(hospitalCells({ text: '', value: null }, w.total, summary.supplyTotals, whole, summary.supplyRedCellsChange), true);
  const body = [...rows, total];
  const rounding = shownSumsDiffer(body, SHARE_COLUMN, 1) ? [w.noteRounding] : [];
  return {
    title: fillTemplate(w.title, { number, quarter: ctx.label }),
    unit: w.unit,
    header: [[w.index, w.hospital, w.redCells, w.plasma, w.platelets, w.cryo, w.share, w.yoy].map((text) => ({ text }))],
    columns: HOSPITAL_COLUMNS,
    rows: body,
    notes: labelNotes([w.noteSource, w.noteShare, ...rounding], ctx.wording),
    orientation: tableOrientation(HOSPITAL_COLUMNS.length),
  };
}
