import { countyRow } from './county-row.ts';
import { fillTemplate } from './fill-template.ts';
import { rankCounties } from './rank-counties.ts';
import { tableRow } from './table-cell.ts';
import { tableOrientation } from './table-orientation.ts';
import { countyTableNotes } from './county-table-notes.ts';
import type { DocColumn, DocTable, HeaderCell } from '../doc-model.ts';
import type { BriefingContext } from './briefing-context.ts';
import { labelNotes } from './label-notes.ts';
import { shownSumsDiffer } from './shown-sums-differ.ts';

/** Whether any county or the city has a target, so the table carries the task columns. */
export function hasTargets(ctx: BriefingContext): boolean {
  return ctx.summary.target !== null || ctx.summary.counties.some((c) => c.target !== null);
}

/** Two header rows (HTML semantics: row 2 lists only cells not covered by a rowSpan from row 1). */
function countyHeader(ctx: BriefingContext, withTarget: boolean): HeaderCell[][] {
  const w = ctx.wording.countyTable;
  const top: HeaderCell[] = [
    { text: w.rank, rowSpan: 2 }, { text: w.county, rowSpan: 2 }, { text: w.population, rowSpan: 2 }, { text: w.donors, rowSpan: 2 },
    { text: w.wholeBlood, colSpan: 2 }, { text: w.platelets, colSpan: 2 }, { text: w.rate, rowSpan: 2 }, { text: w.yoy, rowSpan: 2 },
  ];
  const second: HeaderCell[] = [{ text: w.persons }, { text: w.units }, { text: w.persons }, { text: w.doses }];
  if (!withTarget) return [top, second];
  const target = fillTemplate(w.target, { timeProgress: ctx.summary.timeProgress });
  return [[...top, { text: target, colSpan: 2 }], [...second, { text: w.annual }, { text: w.progress }]];
}

/**
 * Column widths (roughly points on the 225 mm landscape block), alignment and Excel formats, matching
 * countyRow's cells. Sized after the rendered table at 小四 and 五号: 排名, 区县, 献血人次, 年度任务 and the
 * second header row on one line; "常住人口 / （万人）", "同比增减 / （%）", "任务完成 / （时间进度25%）" on two.
 */
function countyColumns(withTarget: boolean): DocColumn[] {
  const n = (weight: number, numFmt: string): DocColumn => ({ weight, align: 'right', numFmt });
  const columns: DocColumn[] = [
    { weight: 34, align: 'center', numFmt: '0' }, { weight: 46, align: 'center' }, n(58, '0.0'), n(56, '0'),
    n(46, '0'), n(50, 'General'), n(46, '0'), n(48, '0'), n(76, '0.00'), n(56, '0.0'),
  ];
  return withTarget ? [...columns, n(58, '0'), n(56, '0.0')] : columns;
}

/** The 常住人口（万人） column of countyRow. */
const POPULATION_COLUMN = 2;

/** 表1: counties ranked by rate with a 全市 total row, two-level header, 说明 notes (issue 3 Content 1). */
export function countyTable(ctx: BriefingContext): DocTable {
  const { summary, wording } = ctx;
  const withTarget = hasTargets(ctx);
  const rows = rankCounties(summary.counties).map(({ county, rank }) => tableRow(countyRow({
    rank, name: county.name, population: county.population, totals: county, yearOnYear: county.donorsChange.yearOnYear, target: county.target,
    reported: Object.keys(county.months).length > 0,
  }, withTarget)));
  const total = tableRow(countyRow({
    rank: null, name: wording.whole, population: summary.population, totals: summary.totals, yearOnYear: summary.donorsChange.yearOnYear, target: summary.target, reported: true,
  }, withTarget), true);
  const columns = countyColumns(withTarget);
  const body = [...rows, total];
  // 常住人口 is printed in 万人 to one decimal: the rounded counties may not add up to the printed 全市 figure.
  const rounding = shownSumsDiffer(body, POPULATION_COLUMN, 1) ? [wording.countyTable.noteRounding] : [];
  return {
    title: fillTemplate(wording.countyTable.title, { quarter: ctx.label }),
    unit: wording.countyTable.unit,
    header: countyHeader(ctx, withTarget),
    columns,
    rows: body,
    notes: labelNotes([...countyTableNotes(ctx, withTarget), ...rounding], ctx.wording),
    orientation: tableOrientation(columns.length),
  };
}
