import type ExcelJS from 'exceljs';
import type { DocTable } from '../doc-model.ts';
import { sheetLayout } from './sheet-layout.ts';
import { columnWidths } from './column-widths.ts';
import { writeCaptionRows } from './write-caption-rows.ts';
import { writeHeaderRows } from './write-header-rows.ts';
import { writeBodyRows } from './write-body-rows.ts';
import { writeNoteRows } from './write-note-rows.ts';
import { printSetup } from './print-setup.ts';

/** Adds one worksheet holding `table`: title, unit, merged header, numeric body, 说明, ready to print. */
export function writeTableSheet(book: ExcelJS.Workbook, table: DocTable, name: string): ExcelJS.Worksheet {
  const layout = sheetLayout(table);
  const widths = columnWidths(table.columns);
  const sheet = book.addWorksheet(name, {
    pageSetup: printSetup(layout),
    headerFooter: { oddFooter: '&C— &P —' },
    views: [{ state: 'frozen', xSplit: 0, ySplit: layout.headerLast }],
  });
  widths.forEach((width, i) => { sheet.getColumn(i + 1).width = width; });
  writeCaptionRows(sheet, table, layout);
  writeHeaderRows(sheet, table, layout);
  writeBodyRows(sheet, table, layout);
  writeNoteRows(sheet, table, layout, widths.reduce((a, w) => a + w, 0));
  return sheet;
}
