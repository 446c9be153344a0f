import type ExcelJS from 'exceljs';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const CENTER: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
const FONT = '宋体';

/** The title line: merged across the table, large and bold, as on county report forms. */
export function styleTitle(sheet: ExcelJS.Worksheet, range: string, text: string): void {
  sheet.mergeCells(range);
  const cell = sheet.getCell(range.split(':')[0]);
  cell.value = text;
  cell.font = { name: FONT, size: 16, bold: true };
  cell.alignment = CENTER;
  sheet.getRow(Number(cell.row)).height = 30;
}

/** A label ("区县：") and the cell beside it where the value is filled in, underlined and left as text. */
export function labelled(sheet: ExcelJS.Worksheet, labelCell: string, label: string, valueCell: string): void {
  const labelled = sheet.getCell(labelCell);
  labelled.value = label;
  labelled.font = { name: FONT, size: 11, bold: true };
  labelled.alignment = { horizontal: 'right', vertical: 'middle' };
  const value = sheet.getCell(valueCell);
  value.font = { name: FONT, size: 11, color: { argb: 'FF1F4E79' } };
  value.border = { bottom: THIN };
  // Text format: Excel would otherwise turn "2025-01" into a date.
  value.numFmt = '@';
}

/** Header cells: bold, centred, shaded, boxed. */
export function styleHeader(cells: readonly ExcelJS.Cell[]): void {
  for (const cell of cells) {
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = CENTER;
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  }
}

/** Body cells: boxed; figures right-aligned. */
export function styleBody(cells: readonly ExcelJS.Cell[], bold = false): void {
  for (const cell of cells) {
    cell.font = { name: FONT, size: 11, bold };
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', horizontal: typeof cell.value === 'string' ? 'center' : 'right' };
  }
}

/** The cells of one row between two columns (1-based, inclusive). */
export function rowCells(sheet: ExcelJS.Worksheet, row: number, from: number, to: number): ExcelJS.Cell[] {
  return Array.from({ length: to - from + 1 }, (_, i) => sheet.getCell(row, from + i));
}

/** A 合计 row: SUM over the body rows of each figure column, with the cached result Excel shows for an empty table (0). */
export function totalRow(sheet: ExcelJS.Worksheet, row: number, columns: readonly string[], firstBody: number, lastBody: number, width: number): void {
  sheet.getCell(row, 1).value = '合计';
  for (const column of columns) {
    // The result must be cached: a formula saved without one cannot be read without Excel recalculating it.
    sheet.getCell(`${column}${row}`).value = { formula: `SUM(${column}${firstBody}:${column}${lastBody})`, result: 0, date1904: false } as ExcelJS.CellFormulaValue;
  }
  styleBody(rowCells(sheet, row, 1, width), true);
}
