import type ExcelJS from 'exceljs';
import { stableZip } from '../util/stable-zip.ts';

/** A fixed date for workbook properties: templates and fixtures must not change with the clock. */
export const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

/** Writes an exceljs workbook as reproducible .xlsx bytes: fixed created/modified dates and zip entry times. */
export async function writeXlsx(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const buffer = await workbook.xlsx.writeBuffer();
  return stableZip(new Uint8Array(buffer as ArrayBuffer), FIXED_DATE);
}
