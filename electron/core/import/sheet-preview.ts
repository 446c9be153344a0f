import type { InputFile, LayoutField, Result } from '../model.ts';
import { cellText, type SheetGrid } from './sheet-grid.ts';
import { classifyColumn } from './classify-column.ts';
import { findHeader } from './find-header.ts';
import { readSheets } from './read-sheets.ts';
import type { SheetPreview, UnderstoodCell } from './mapping-types.ts';

export type { SheetPreview, UnderstoodCell } from './mapping-types.ts';

/** How many rows and columns the mapping grid shows: a header and enough rows to see the table. */
const PREVIEW_ROWS = 30;
const PREVIEW_COLS = 26;

/** The visible sheets of a file for the 映射 screen, or why the file cannot be read at all. */
export function sheetPreview(file: InputFile): Result<readonly SheetPreview[]> {
  const read = readSheets(file);
  if (!read.ok) return read;
  return { ok: true, value: read.value.sheets.filter((g) => !g.hidden).map(previewOf) };
}

function previewOf(grid: SheetGrid): SheetPreview {
  const rows = grid.rows.slice(0, PREVIEW_ROWS).map((row) => Array.from({ length: PREVIEW_COLS }, (_, c) => (row[c] ? cellText(row[c]!) : '')));
  const width = Math.max(1, ...rows.map((r) => r.findLastIndex((t) => t !== '') + 1));
  const header = findHeader(grid);
  const row = header ? header.top + header.depth - 1 : 0;
  const understood: UnderstoodCell[] = header
    ? header.columns.flatMap((c): UnderstoodCell[] => {
      const role = c.role ?? classifyColumn(c.label, header.kind);
      if (role?.role === 'month') return [{ row, col: c.col, field: 'month' }];
      return role?.role === 'figure' && isLayoutField(role.field) ? [{ row, col: c.col, field: role.field }] : [];
    })
    : [];
  return {
    name: grid.name,
    rows: rows.map((r) => r.slice(0, width)),
    merges: grid.merges.filter((m) => m.top < PREVIEW_ROWS && m.left < PREVIEW_COLS),
    headerRow: header ? header.top + header.depth - 1 : null,
    understood,
  };
}

function isLayoutField(field: string): field is Exclude<LayoutField, 'month'> {
  return ['wholeBloodDonors', 'wholeBloodUnits', 'plateletDonors', 'plateletDoses', 'wholeBlood200', 'wholeBlood300', 'wholeBlood400'].includes(field);
}
