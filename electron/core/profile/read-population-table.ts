/**
 * Reads 常住人口 from an Excel table for the profile editor, in the two shapes statistical yearbooks use:
 * wide (区县 | 2023 | 2024 …, one column per year) or long (区县 | 年份 | 常住人口). A header mentioning 万人
 * scales by 10 000. The title above the header, else the file name, is offered as the population source.
 */
import { basename, extname } from 'node:path';
import { mergeMaster } from '../import/merge-master.ts';
import { readSheets } from '../import/read-sheets.ts';
import { cellAddress } from '../util/a1-address.ts';
import { cellAt } from '../import/sheet-grid.ts';
import type { InputFile, Problem } from '../model.ts';
import { populationChanges } from '../stats/population-changes.ts';
import { DEFAULT_CHECKS } from '../settings/check-settings.ts';

/** One county's population in one year. */
export interface PopulationRow {
  readonly county: string;
  readonly year: string;
  readonly population: number;
}

/** What a population table yielded. */
export interface PopulationTable {
  readonly rows: PopulationRow[];
  readonly source: string | null;
  readonly problems: Problem[];
  /** A county changing by more than the threshold from one year-end to the next: read as given, worth a second look. */
  readonly warnings: Problem[];
}

type Grid = readonly (readonly unknown[])[];

const COUNTY_HEADER = /^(区县|县区|县市区|区县名称|地区|单位|名称|行政区划?)$/;
const YEAR_HEADER = /^(\d{4})\s*年?(末)?(常住人口)?(（万人）|\(万人\))?$/;

/** Reads the first visible sheet of the workbook; changes of more than `changePercent` in a year are warnings. */
export function readPopulationTable(file: InputFile, changePercent = DEFAULT_CHECKS.populationChangePercent): PopulationTable {
  const name = basename(file.name);
  const read = firstSheet(file);
  if ('problem' in read) return { rows: [], source: null, problems: [{ file: name, message: read.problem }], warnings: [] };
  const grid = read.grid;
  const header = grid.findIndex((row) => row.some((cell) => COUNTY_HEADER.test(textOf(cell))));
  if (header === -1) return { rows: [], source: null, problems: [{ file: name, message: '未找到“区县”列：表头应有“区县”以及各年份（或“年份”“常住人口”）列' }], warnings: [] };
  const source = titleAbove(grid, header) ?? basename(file.name, extname(file.name));
  const table = readRows(name, grid, header);
  return { ...table, source, warnings: changeWarnings(name, table.rows, changePercent) };
}

/** The table's one-year changes beyond the threshold (the same rule as the briefing's 数据核查提示), county by county. */
function changeWarnings(file: string, rows: readonly PopulationRow[], changePercent: number): Problem[] {
  const counties = [...new Set(rows.map((r) => r.county))].map((name) => ({
    name, aliases: [], population: Object.fromEntries(rows.filter((r) => r.county === name).map((r) => [r.year, r.population])),
  }));
  const years = rows.map((r) => Number(r.year));
  return populationChanges(counties, years, changePercent).map((c) => ({
    file, message: `警告：${c.county}常住人口${c.fromYear}年末${c.from}人、${c.toYear}年末${c.to}人，一年变化${c.percent > 0 ? '+' : ''}${c.percent}%，超过${changePercent}%：请核对是否单位（人/万人）或年份有误`,
  }));
}

/**
 * The first visible sheet as values, merged cells carrying their value, read by the importer's own reader
 * (format by content, hidden sheets, HTML saved as .xls, bounded grids, Chinese reasons).
 */
function firstSheet(file: InputFile): { grid: Grid } | { problem: string } {
  const read = readSheets(file);
  if (!read.ok) return { problem: read.problems.map((p) => p.message).join('；') };
  const sheet = read.value.sheets.find((s) => !s.hidden);
  if (!sheet) return { problem: '文件中没有可见的工作表' };
  return { grid: sheet.rows.map((row, r) => Array.from({ length: row.length }, (_, c) => cellAt(sheet, ...mergeMaster(sheet, r, c)).value)) };
}

function textOf(cell: unknown): string {
  return cell === null || cell === undefined ? '' : String(cell).replace(/\s+/g, '');
}

function titleAbove(grid: Grid, header: number): string | null {
  const cells = grid.slice(0, header).flat().map(textOf).filter((t) => t !== '');
  return cells[0] ?? null;
}

function readRows(file: string, grid: Grid, header: number): { rows: PopulationRow[]; problems: Problem[] } {
  const labels = grid[header].map(textOf);
  const countyCol = labels.findIndex((l) => COUNTY_HEADER.test(l));
  const yearCols = labels.flatMap((l, col) => yearColumn(l, col));
  const yearCol = labels.indexOf('年份');
  const valueCol = labels.findIndex((l) => l.startsWith('常住人口'));
  if (yearCols.length > 0) return collect(file, grid, header, countyCol, yearCols.map((y) => ({ ...y, yearOf: () => y.year })));
  if (yearCol !== -1 && valueCol !== -1) {
    return collect(file, grid, header, countyCol, [{ col: valueCol, scale: scaleOf(labels[valueCol]), yearOf: (row) => yearText(row[yearCol]) }]);
  }
  return { rows: [], problems: [{ file, message: `第${header + 1}行表头中没有年份列（如“2024”或“2024年末常住人口”），也没有“年份”和“常住人口”列` }] };
}

function yearColumn(label: string, col: number): { col: number; year: string; scale: number }[] {
  const m = YEAR_HEADER.exec(label);
  return m ? [{ col, year: m[1], scale: scaleOf(label) }] : [];
}

function scaleOf(label: string): number {
  return label.includes('万') ? 10_000 : 1;
}

function yearText(cell: unknown): string | null {
  const m = /^(\d{4})/.exec(textOf(cell));
  return m ? m[1] : null;
}

interface ValueColumn {
  readonly col: number;
  readonly scale: number;
  readonly yearOf: (row: readonly unknown[]) => string | null;
}

function collect(file: string, grid: Grid, header: number, countyCol: number, columns: readonly ValueColumn[]): { rows: PopulationRow[]; problems: Problem[] } {
  const rows: PopulationRow[] = [];
  const problems: Problem[] = [];
  grid.slice(header + 1).forEach((row, i) => {
    const county = textOf(row[countyCol]);
    if (county === '' || /^(合计|总计|全市)/.test(county)) return;
    columns.forEach((c) => readCell(file, header + 2 + i, row, county, c, rows, problems));
  });
  return { rows, problems };
}

function readCell(file: string, line: number, row: readonly unknown[], county: string, c: ValueColumn, rows: PopulationRow[], problems: Problem[]): void {
  const raw = row[c.col];
  if (raw === null || raw === undefined || textOf(raw) === '') return;
  const value = typeof raw === 'number' ? raw : Number(textOf(raw).replace(/,/g, ''));
  const year = c.yearOf(row);
  const cell = cellAddress(line - 1, c.col);
  if (!Number.isFinite(value) || value <= 0 || year === null) problems.push({ file, cell, message: `${county} 的常住人口“${textOf(raw)}”不是有效的数字或缺少年份` });
  else rows.push({ county, year, population: Math.round(value * c.scale) });
}
