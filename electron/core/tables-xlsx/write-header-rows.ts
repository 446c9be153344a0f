import type ExcelJS from 'exceljs';
import type { DocTable } from '../doc-model.ts';
import type { SheetLayout } from './sheet-layout.ts';
import { checkedHeaderCells } from './checked-header-cells.ts';
import { ROW_HEIGHTS, THIN_BORDER, XLSX_FONTS } from './xlsx-styles.ts';

/** Writes the header rows with their spans as merged cells, bordered and centred (黑体). */
export function writeHeaderRows(sheet: ExcelJS.Worksheet, table: DocTable, layout: SheetLayout): void {
  for (let r = layout.headerFirst; r <= layout.headerLast; r++) {
    sheet.getRow(r).height = ROW_HEIGHTS.header;
    for (let c = 1; c <= layout.columns; c++) styleHeaderCell(sheet.getCell(r, c));
  }
  for (const cell of checkedHeaderCells(table.header, layout.columns, table.title)) {
    const top = layout.headerFirst + cell.row;
    const left = 1 + cell.col;
    if (cell.rowSpan > 1 || cell.colSpan > 1) sheet.mergeCells(top, left, top + cell.rowSpan - 1, left + cell.colSpan - 1);
    sheet.getCell(top, left).value = cell.text;
  }
}

function styleHeaderCell(cell: ExcelJS.Cell): void {
  cell.font = XLSX_FONTS.header;
  cell.border = THIN_BORDER;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}
