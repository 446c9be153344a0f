/**
 * The own .xlsx reader for the common case: the zip's parts (already inflated and CRC-checked by openZip)
 * read without a DOM, each sheet's XML scanned once, and the grid built from the cells present, exactly as
 * readWorkbook builds it from SheetJS. Returns null for anything it does not read exactly the same (strict
 * OOXML, prefixed XML, array formulas, CDATA, odd parts, an invalid byte): that workbook goes to SheetJS.
 */
import type { CellRange, GridCell, SheetGrid } from '../sheet-grid.ts';
import { gridOfCells, placedCells, type PlacedCells } from '../grid-of-cells.ts';
import { gridCellOf, sharedCells, type GridContext } from './grid-cell-of.ts';
import { sheetScanner, UnsupportedSheet, type RawCell } from './sheet-xml-scanner.ts';
import { readWorkbookParts, type SheetPart, type WorkbookParts } from './workbook-parts.ts';

/** The workbook's grids, or null when SheetJS must read it. */
export function readXlsx(entries: ReadonlyMap<string, Uint8Array>): SheetGrid[] | null {
  try {
    const parts = readWorkbookParts((name) => partText(entries, name));
    return parts.sheets.map((sheet) => readSheet(entries, sheet, parts));
  } catch (error) {
    if (error instanceof UnsupportedSheet) return null;
    throw error;
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A part's text; a part that is not valid UTF-8 (or UTF-16) is left to SheetJS, which decodes it its own way. */
function partText(entries: ReadonlyMap<string, Uint8Array>, name: string): string | undefined {
  const bytes = entries.get(name);
  if (bytes === undefined) return undefined;
  if (bytes[0] === 0xff || bytes[0] === 0xfe) throw new UnsupportedSheet('UTF-16 part');
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new UnsupportedSheet('not UTF-8');
  }
  // CDATA, DOCTYPE (entity declarations) and comments are read differently by SheetJS's regular expressions.
  if (text.includes('<!')) throw new UnsupportedSheet('CDATA, DOCTYPE or comment');
  return text;
}

function readSheet(entries: ReadonlyMap<string, Uint8Array>, sheet: SheetPart, parts: WorkbookParts): SheetGrid {
  const xml = partText(entries, sheet.path);
  if (xml === undefined) throw new UnsupportedSheet(`missing ${sheet.path}`);
  const context: GridContext = { strings: parts.strings, dateStyles: parts.dateStyles, shared: new Map(), cells: sharedCells() };
  const placed = placedCells();
  // Cells hold nothing (undefined) too: a later empty cell at an address replaces an earlier one, as in SheetJS.
  const cells: (GridCell | undefined)[] = [];
  let ordered = true;
  let holes = false;
  let lastRow = -1;
  let lastCol = -1;
  const scanner = sheetScanner({
    cell: (raw: RawCell) => {
      if (raw.row < lastRow || (raw.row === lastRow && raw.col <= lastCol)) ordered = false;
      lastRow = raw.row;
      lastCol = raw.col;
      placed.rows.push(raw.row);
      placed.cols.push(raw.col);
      const cell = gridCellOf(raw, context);
      if (cell === undefined) holes = true;
      cells.push(cell);
    },
    rowEnd: () => undefined,
  }, true);
  scanner.feed(xml);
  const tail = scanner.end();
  const kept = !ordered ? inSheetOrder(placed, cells) : holes ? present(placed, cells) : { rows: placed.rows, cols: placed.cols, cells: cells as GridCell[] };
  return gridOfCells(sheet.name, sheet.hidden, kept, tail.merges.map(mergeRange));
}

/** The cells that hold something, in the order read. */
function present(all: PlacedCells, cells: readonly (GridCell | undefined)[]): PlacedCells {
  const out = placedCells();
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell !== undefined) { out.rows.push(all.rows[i]!); out.cols.push(all.cols[i]!); out.cells.push(cell); }
  }
  return out;
}

/** Cells written out of order (some generators do): the last one at each address, row by row. */
function inSheetOrder(all: PlacedCells, cells: readonly (GridCell | undefined)[]): PlacedCells {
  const last = new Map<string, number>();
  cells.forEach((_, i) => last.set(`${all.rows[i]},${all.cols[i]}`, i));
  const order = [...last.values()].filter((i) => cells[i] !== undefined).sort((a, b) => all.rows[a]! - all.rows[b]! || all.cols[a]! - all.cols[b]!);
  return { rows: order.map((i) => all.rows[i]!), cols: order.map((i) => all.cols[i]!), cells: order.map((i) => cells[i]!) };
}

const RANGE = /^([A-Z]{1,3})([1-9]\d{0,6})(?::([A-Z]{1,3})([1-9]\d{0,6}))?$/;

/** A merged range "A1:C2" (or a single cell), zero-based. */
function mergeRange(ref: string): CellRange {
  const m = RANGE.exec(ref);
  if (m === null) throw new UnsupportedSheet(`merge ${ref}`);
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1]);
  return { top, left, bottom: m[4] === undefined ? top : Number(m[4]) - 1, right: m[3] === undefined ? left : col(m[3]) };
}
