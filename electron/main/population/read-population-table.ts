/**
 * Reads 常住人口 from an Excel table for the profile editor, in the two shapes statistical yearbooks use:
 * wide (区县 | 2023 | 2024 …, one column per year) or long (区县 | 年份 | 常住人口). A header mentioning 万人
 * scales by 10 000. The title above the header, else the file name, is offered as the population source.
 */
import * as XLSX from '@e965/xlsx';
import { basename, extname } from 'node:path';
import type { InputFile, Problem } from '../../core/model.ts';

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
}

type Grid = readonly (readonly unknown[])[];

const COUNTY_HEADER = /^(区县|县区|县市区|区县名称|地区|单位|名称|行政区划?)$/;
const YEAR_HEADER = /^(\d{4})\s*年?(末)?(常住人口)?(（万人）|\(万人\))?$/;

/** Reads the first visible sheet of the workbook. */
export function readPopulationTable(file: InputFile): PopulationTable {
  const name = basename(file.name);
  const grid = firstSheet(file);
  if (grid === null) return { rows: [], source: null, problems: [{ file: name, message: '无法读取该 Excel 文件，或文件中没有工作表' }] };
  const header = grid.findIndex((row) => row.some((cell) => COUNTY_HEADER.test(textOf(cell))));
  if (header === -1) return { rows: [], source: null, problems: [{ file: name, message: '未找到“区县”列：表头应有“区县”以及各年份（或“年份”“常住人口”）列' }] };
  const source = titleAbove(grid, header) ?? basename(file.name, extname(file.name));
  return { ...readRows(name, grid, header), source };
}

/** .xlsx is a zip (PK), .xls an OLE compound file; SheetJS would read anything else as text. */
function isWorkbook(bytes: Uint8Array): boolean {
  const head = [...bytes.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return head === '504b0304' || head === 'd0cf11e0';
}

function firstSheet(file: InputFile): Grid | null {
  if (!isWorkbook(file.bytes)) return null;
  try {
    const book = XLSX.read(file.bytes, { type: 'array' });
    const visible = book.SheetNames.find((_, i) => (book.Workbook?.Sheets?.[i]?.Hidden ?? 0) === 0);
    return visible === undefined ? null : XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[visible], { header: 1, defval: null, raw: true });
  } catch {
    return null;
  }
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
  const cell = XLSX.utils.encode_cell({ r: line - 1, c: c.col });
  if (!Number.isFinite(value) || value <= 0 || year === null) problems.push({ file, cell, message: `${county} 的常住人口“${textOf(raw)}”不是有效的数字或缺少年份` });
  else rows.push({ county, year, population: Math.round(value * c.scale) });
}
