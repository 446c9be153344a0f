import ExcelJS from 'exceljs';
import type { DocTable } from '../doc-model.ts';
import { stableZip } from '../util/stable-zip.ts';
import { sheetNames } from './sheet-names.ts';
import { writeTableSheet } from './write-table-sheet.ts';

/** Workbook metadata; `creationDate` comes from the injected clock so the bytes are reproducible. */
export interface TablesXlsxMeta {
  readonly title: string;
  readonly subtitle?: string;
  readonly creationDate: Date;
}

/**
 * The summary tables as a formatted .xlsx, one worksheet per table: real numbers with number formats,
 * merged headers, 说明 notes, A4 landscape print setup. Same tables and date → identical bytes (document
 * dates and zip entry dates both come from `meta.creationDate`).
 */
export async function tablesXlsx(tables: readonly DocTable[], meta: TablesXlsxMeta): Promise<Uint8Array> {
  if (tables.length === 0) throw new Error('没有可导出的汇总表：工作簿至少需要一张表');
  const book = new ExcelJS.Workbook();
  book.created = meta.creationDate;
  book.modified = meta.creationDate;
  // exceljs writes "Unknown" when no creator is set.
  book.creator = 'blood-brief';
  book.lastModifiedBy = 'blood-brief';
  book.title = meta.title;
  book.subject = meta.subtitle ?? '';
  const names = sheetNames(tables.map((t) => t.title));
  tables.forEach((table, i) => writeTableSheet(book, table, names[i]));
  return stableZip(new Uint8Array(await book.xlsx.writeBuffer()), meta.creationDate);
}
