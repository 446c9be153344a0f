import type { DocTable } from '../doc-model.ts';

/** Where each part of a table sits on its worksheet (1-based rows, as exceljs counts). */
export interface SheetLayout {
  readonly columns: number;
  readonly titleRow: number;
  readonly unitRow: number;
  readonly headerFirst: number;
  readonly headerLast: number;
  readonly bodyFirst: number;
  readonly bodyLast: number;
  /** First 说明 row; notes run to `lastRow`. */
  readonly notesFirst: number;
  readonly lastRow: number;
}

/** Title, unit line, header rows, body rows, then one row per note, with no gaps. */
export function sheetLayout(table: DocTable): SheetLayout {
  const headerFirst = 3;
  const bodyFirst = headerFirst + table.header.length;
  const notesFirst = bodyFirst + table.rows.length;
  return {
    columns: table.columns.length, titleRow: 1, unitRow: 2, headerFirst, headerLast: bodyFirst - 1,
    bodyFirst, bodyLast: notesFirst - 1, notesFirst, lastRow: notesFirst + table.notes.length - 1,
  };
}
