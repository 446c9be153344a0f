import type ExcelJS from 'exceljs';
import type { DocTable } from '../doc-model.ts';
import type { SheetLayout } from './sheet-layout.ts';
import { mergedLine } from './write-caption-rows.ts';
import { XLSX_FONTS } from './xlsx-styles.ts';

/** Excel width units taken by one CJK character at 11 pt (default column unit = one '0' of Calibri 11). */
const UNITS_PER_CJK = 2;

/**
 * Row height in points for wrapped text across `widthUnits`: Excel does not grow merged rows on its own, so
 * without this a long 说明 note would print cut off. Counts CJK as two units, other characters as one.
 */
export function wrappedRowHeight(text: string, widthUnits: number, fontPt: number): number {
  const units = [...text].reduce((a, ch) => a + (ch.charCodeAt(0) > 0x2e7f ? UNITS_PER_CJK : 1), 0);
  const lines = Math.max(1, Math.ceil(units / widthUnits));
  return Math.round(lines * fontPt * 1.5 * 10) / 10;
}

/** Width of "说明：" in full-width spaces, so later notes align under the first note's text. */
const HANGING = '\u3000\u3000\u3000';

/** The 说明 lines under a table: the first prefixed "说明：" (unless it already says 说明), the rest hung under it. */
export function noteLines(notes: readonly string[]): string[] {
  return notes.map((note, i) => {
    if (i > 0) return `${HANGING}${note}`;
    return note.startsWith('说明') ? note : `说明：${note}`;
  });
}

/** Writes the 说明 notes under the table, one merged, wrapped row each, tall enough to show the whole note. */
export function writeNoteRows(sheet: ExcelJS.Worksheet, table: DocTable, layout: SheetLayout, widthUnits: number): void {
  noteLines(table.notes).forEach((line, i) => {
    const row = layout.notesFirst + i;
    mergedLine(sheet, row, layout.columns, line, XLSX_FONTS.note, 'left');
    sheet.getRow(row).height = wrappedRowHeight(line, widthUnits, XLSX_FONTS.note.size);
  });
}
