/**
 * The rows the donation records are read from are those of the streaming reader (xlsx-scan/stream-sheet-rows.ts),
 * so their aggregation does not depend on which reader produced them: the whole-grid reader's rows are
 * converted to the same shape (grid-rows.ts).
 */
import type { ScannedCell } from '../xlsx-scan/scanned-cell.ts';

export type { ScannedCell } from '../xlsx-scan/scanned-cell.ts';
export type { ScannedRow } from '../xlsx-scan/stream-sheet-rows.ts';

/** The text of a scanned cell, trimmed ("" when empty). */
export function scannedText(cell: ScannedCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return String(cell.excelDate);
  return String(cell).trim();
}
