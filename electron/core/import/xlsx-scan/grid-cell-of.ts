/**
 * A raw sheet-XML cell as the grid cell SheetJS (dense, sheetStubs, cellFormula, cellNF) and read-workbook.ts's
 * toCell make of it: the same value, formula, error, date flag and uncached mark, so the fast reader changes
 * nothing downstream. What SheetJS reads in a way this cannot match exactly throws UnsupportedSheet.
 */
import type { GridCell } from '../sheet-grid.ts';
import { cappedText } from '../grid-of-cells.ts';
import type { RawCell } from './sheet-xml-scanner.ts';
import { tagAttributes, UnsupportedSheet } from './sheet-xml-scanner.ts';
import { shiftFormula } from './shift-formula.ts';
import { stringItem } from './workbook-parts.ts';
import { unescapeXml } from './xml-attributes.ts';

/** A sheet's shared formulas by si: the master's text and position. */
export type SharedFormulas = Map<number, { readonly text: string; readonly row: number; readonly col: number }>;

/** What cells are read with. */
export interface GridContext {
  readonly strings: readonly (string | undefined)[];
  readonly dateStyles: readonly boolean[];
  readonly shared: SharedFormulas;
  /** Formula-free cells already made: a ledger repeats its texts and small counts on every row. */
  readonly cells: SharedCells;
}

/** Formula-free cells by stored text: shared strings by index, numbers and date-formatted numbers by their <v>. */
export interface SharedCells {
  readonly strings: Map<string, GridCell>;
  readonly numbers: Map<string, GridCell>;
  readonly dates: Map<string, GridCell>;
}

/** Empty caches for one sheet. */
export function sharedCells(): SharedCells {
  return { strings: new Map(), numbers: new Map(), dates: new Map() };
}

/** How many cells are shared per sheet: bounded, so a sheet of distinct values costs no more than the bound. */
const SHARED_CELLS = 50_000;

/** The read-only cell for `raw` from `cells`, made and remembered on first sight (no closure per cell). */
function sharedCell(cells: Map<string, GridCell>, raw: RawCell, context: GridContext): GridCell {
  const key = raw.value!;
  const known = cells.get(key);
  if (known !== undefined) return known;
  const cell = readCell(raw, context, undefined)!;
  if (cells.size < SHARED_CELLS) cells.set(key, cell);
  return cell;
}

/** The grid cell of `raw`, or undefined for a cell that holds nothing (a styled empty cell). */
export function gridCellOf(raw: RawCell, context: GridContext): GridCell | undefined {
  const formula = formulaOf(raw, context.shared);
  if (formula === undefined && raw.value !== undefined && raw.value.length <= 24) {
    // The two kinds of cell a ledger is made of, shared: a shared string, and a number with its date flag.
    if (raw.type === 's') return sharedCell(context.cells.strings, raw, context);
    if (raw.type === undefined || raw.type === 'n') return sharedCell(context.dateStyles[raw.style] === true ? context.cells.dates : context.cells.numbers, raw, context);
  }
  return readCell(raw, context, formula);
}

function readCell(raw: RawCell, context: GridContext, formula: string | undefined): GridCell | undefined {
  const value = raw.value === undefined ? undefined : unescapeXml(raw.value, false);
  const f = formula === undefined ? {} : { formula };
  if (raw.type === undefined && value === undefined) return formula ? { value: null, formula, uncached: true } : undefined;
  switch (raw.type ?? 'n') {
    case 'n': {
      if (value === undefined) return formula ? { value: null, formula, uncached: true } : undefined;
      const date = context.dateStyles[raw.style] === true;
      return { value: parseFloat(value), ...f, ...(date ? { date: true } : {}) };
    }
    case 's': {
      if (value === undefined) return formula ? { value: null, formula, uncached: true } : undefined;
      const index = parseInt(value, 10);
      // SheetJS fails on an index past the table: leave the file to it so the refusal is the same.
      if (!(index >= 0 && index < context.strings.length)) throw new UnsupportedSheet(`shared string ${value}`);
      return text(context.strings[index], f);
    }
    case 'str':
      // SheetJS unescapes a str value twice, with a byte-level UTF-8 step between: only plain text reads alike.
      if (raw.value !== undefined && (raw.value.includes('&') || raw.value.includes('_x'))) throw new UnsupportedSheet('escaped formula string');
      return text(raw.value === undefined ? '' : unescapeXml(raw.value, true), f);
    case 'inlineStr': return text(raw.inline === undefined ? '' : stringItem(raw.inline), f);
    case 'b': return { value: value === '1' || value === 'true' ? 'TRUE' : 'FALSE', ...f };
    case 'e':
      if (value !== undefined && /[^\x20-\x7e]/.test(value)) throw new UnsupportedSheet('error text');
      return { value: null, error: value ?? '#ERROR!', ...f };
    case 'd': throw new UnsupportedSheet('ISO date cell');
    default: return undefined;
  }
}

function text(value: string | undefined, f: { formula?: string }): GridCell {
  return { value: value === undefined || value === '' ? null : cappedText(value), ...f };
}

/** The cell's formula text (without "="), a shared formula moved to the cell, or undefined. */
function formulaOf(raw: RawCell, shared: SharedFormulas): string | undefined {
  if (raw.formulaTag === undefined) return undefined;
  if (raw.formulaTag.includes('t="array"') || raw.formulaTag.includes("t='array'")) throw new UnsupportedSheet('array formula');
  const attributes = tagAttributes(raw.formulaTag);
  if (raw.formula === undefined) {
    // SheetJS moves an empty <f> only when it says t="shared" (and an <f si/> without t as well): other cases are left to it.
    if (attributes.si === undefined || !raw.formulaTag.includes('t="shared"')) throw new UnsupportedSheet('empty formula');
    const master = shared.get(parseInt(attributes.si, 10));
    return master === undefined ? undefined : shiftFormula(master.text, raw.row - master.row, raw.col - master.col);
  }
  const formula = withoutPrefix(unescapeXml(raw.formula, true));
  if (raw.formulaTag.includes('t="shared"')) {
    if (attributes.si === undefined) throw new UnsupportedSheet('shared formula without si');
    shared.set(parseInt(attributes.si, 10), { text: withoutPrefix(unescapeXml(raw.formula, false)), row: raw.row, col: raw.col });
  } else if (attributes.t !== undefined && attributes.t !== 'normal') throw new UnsupportedSheet(`formula type ${attributes.t}`);
  return formula;
}

/** Functions newer than Excel 2007 are stored as _xlfn.NAME (ECMA-376 Part 1, 18.17.7); the name is what the user typed. */
function withoutPrefix(formula: string): string {
  return formula.includes('_xlfn.') ? formula.replace(/_xlfn\./g, '') : formula;
}
