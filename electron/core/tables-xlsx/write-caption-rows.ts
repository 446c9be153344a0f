import { neutraliseFormula } from './cell-value.ts';
import type ExcelJS from 'exceljs';
import type { DocTable } from '../doc-model.ts';
import type { SheetLayout } from './sheet-layout.ts';
import { ROW_HEIGHTS, XLSX_FONTS } from './xlsx-styles.ts';

/** Writes the title (merged across the table, centred) and the unit line (merged, at the right). */
export function writeCaptionRows(sheet: ExcelJS.Worksheet, table: DocTable, layout: SheetLayout): void {
  mergedLine(sheet, layout.titleRow, layout.columns, table.title, XLSX_FONTS.title, 'center');
  sheet.getRow(layout.titleRow).height = ROW_HEIGHTS.title;
  mergedLine(sheet, layout.unitRow, layout.columns, table.unit, XLSX_FONTS.unit, 'right');
  sheet.getRow(layout.unitRow).height = ROW_HEIGHTS.unit;
}

/** One text line merged across all columns. */
export function mergedLine(
  sheet: ExcelJS.Worksheet, row: number, columns: number, text: string,
  font: Partial<ExcelJS.Font>, horizontal: 'left' | 'center' | 'right',
): void {
  if (columns > 1) sheet.mergeCells(row, 1, row, columns);
  const cell = sheet.getCell(row, 1);
  cell.value = neutraliseFormula(text);
  cell.font = font;
  cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
}
