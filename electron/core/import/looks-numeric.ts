import type { GridCell } from './sheet-grid.ts';

/** True when a cell holds a number, or text that is one ("1,023", "１０２３"): such a row is data, not header. */
export function looksNumeric(cell: GridCell): boolean {
  if (typeof cell.value === 'number') return true;
  return typeof cell.value === 'string' && /^[+-]?[\d,.]+$/.test(cell.value.normalize('NFKC').replace(/\s/g, ''));
}
