import type ExcelJS from 'exceljs';
import type { DocTable } from '../doc-model.ts';
import type { SheetLayout } from './sheet-layout.ts';
import { noteLines } from './note-lines.ts';
import { mergedLine } from './write-caption-rows.ts';
import { wrappedRowHeight } from './wrapped-row-height.ts';
import { XLSX_FONTS } from './xlsx-styles.ts';

/** Writes the 说明 notes under the table, one merged, wrapped row each, tall enough to show the whole note. */
export function writeNoteRows(sheet: ExcelJS.Worksheet, table: DocTable, layout: SheetLayout, widthUnits: number): void {
  noteLines(table.notes).forEach((line, i) => {
    const row = layout.notesFirst + i;
    mergedLine(sheet, row, layout.columns, line, XLSX_FONTS.note, 'left');
    sheet.getRow(row).height = wrappedRowHeight(line, widthUnits, XLSX_FONTS.note.size);
  });
}
