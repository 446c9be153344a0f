import type ExcelJS from 'exceljs';
import type { SheetLayout } from './sheet-layout.ts';
import { columnLetters } from '../util/a1-address.ts';


/** Millimetres to inches, the unit of Excel page margins. */
const inches = (mm: number): number => Math.round((mm / 25.4) * 100) / 100;

/**
 * Page setup for printing by staff: A4 landscape (the `tables` command prints the summary tables landscape),
 * fitted to one page wide, centred, header rows repeated on every page, print area = title to last note,
 * "— 1 —" page numbers in the footer as on the briefing (GB/T 9704 style).
 */
export function printSetup(layout: SheetLayout): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: inches(15), right: inches(15), top: inches(20), bottom: inches(20), header: inches(8), footer: inches(8) },
    // exceljs prefixes "$" to each end's column only; the "$" before the row makes the range fully absolute.
    printArea: `A$1:${columnLetters(layout.columns - 1)}$${layout.lastRow}`,
    printTitlesRow: `${layout.headerFirst}:${layout.headerLast}`,
  };
}
