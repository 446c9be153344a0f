/**
 * A sheet-XML cell as the row stream gives it: the value a reader of records needs, typed, without the
 * grid's formula and error details. Shared strings by index, numbers parsed, dates kept as Excel serial days.
 */
import type { RawCell } from './sheet-xml-scanner.ts';
import { unescapeXml } from './xml-attributes.ts';
import { stringItem } from './workbook-parts.ts';

/** One cell of a streamed row; CSV cells are always strings. */
export type ScannedCell = string | number | boolean | { readonly excelDate: number } | null;

/** What cells are read with: the shared strings and which styles are dates. */
export interface CellContext {
  readonly strings: readonly (string | undefined)[];
  readonly dateStyles: readonly boolean[];
}

/**
 * The value of a raw cell: text (empty text is null), a number, a date serial for a date-formatted number,
 * a boolean, or an error value's text such as "#REF!"; a formula saved without its result is null.
 */
export function scannedCell(cell: RawCell, context: CellContext): ScannedCell {
  const value = cell.value === undefined ? undefined : unescapeXml(cell.value, true);
  switch (cell.type) {
    case 's': return value === undefined ? null : nonEmpty(context.strings[parseInt(value, 10)]);
    case 'str': return nonEmpty(value);
    case 'inlineStr': return cell.inline === undefined ? null : nonEmpty(stringItem(cell.inline));
    case 'b': return value === undefined ? null : value === '1' || value === 'true';
    case 'e': return value ?? null;
    case 'd': return nonEmpty(value);
    case undefined: case 'n': {
      if (value === undefined) return null;
      const number = parseFloat(value);
      if (Number.isNaN(number)) return null;
      return context.dateStyles[cell.style] === true ? { excelDate: number } : number;
    }
    default: return null;
  }
}

function nonEmpty(text: string | undefined): string | null {
  return text === undefined || text === '' ? null : text;
}
