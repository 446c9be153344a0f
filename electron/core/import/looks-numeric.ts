import type { GridCell } from './sheet-grid.ts';

/** True when a cell holds a number, or text that is one ("1,023", "１０２３"): such a row is data, not header. */
export function looksNumeric(cell: GridCell): boolean {
  if (typeof cell.value === 'number') return true;
  if (typeof cell.value !== 'string') return false;
  const quick = quickAnswer(cell.value);
  return quick ?? /^[+-]?[\d,.]+$/.test(cell.value.normalize('NFKC').replace(/\s/g, ''));
}

/**
 * The answer without NFKC for the common texts: ASCII digits (true), or any CJK ideograph, which NFKC leaves
 * as it is and which is no digit (false: 临渭区, 2025年1月). Undefined when only the full test can tell.
 */
function quickAnswer(text: string): boolean | undefined {
  let digits = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) return false;
    if (code >= 48 && code <= 57) digits = true;
    else if (code !== 44 && code !== 46 && !(i === 0 && (code === 43 || code === 45))) return undefined;
  }
  return digits || undefined;
}
