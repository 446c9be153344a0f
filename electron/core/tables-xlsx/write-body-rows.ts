import type ExcelJS from 'exceljs';
import type { DocTable } from '../doc-model.ts';
import type { SheetLayout } from './sheet-layout.ts';
import { cellValue } from './cell-value.ts';
import { ROW_HEIGHTS, THIN_BORDER, XLSX_FONTS } from './xlsx-styles.ts';

/** Writes the data rows: raw numbers with their column's number format, aligned per column; total rows bold. */
export function writeBodyRows(sheet: ExcelJS.Worksheet, table: DocTable, layout: SheetLayout): void {
  table.rows.forEach((row, i) => {
    const sheetRow = sheet.getRow(layout.bodyFirst + i);
    sheetRow.height = ROW_HEIGHTS.body;
    table.columns.forEach((column, c) => {
      const cell = sheetRow.getCell(c + 1);
      cell.value = cellValue(row, c);
      if (column.numFmt && typeof cell.value === 'number') cell.numFmt = column.numFmt;
      cell.font = row.total ? XLSX_FONTS.total : XLSX_FONTS.body;
      cell.border = THIN_BORDER;
      // One character of indent keeps figures and names off the cell borders when printed.
      cell.alignment = { horizontal: column.align, vertical: 'middle', indent: column.align === 'center' ? 0 : 1 };
    });
  });
}
