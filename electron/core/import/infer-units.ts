import { gridAddress } from './grid-address.ts';
import { cellAt, cellText, type SheetGrid } from './sheet-grid.ts';
import type { ColumnRole } from './column-role.ts';
import type { Header, HeaderColumn } from './find-header.ts';
import { normalizeLabel } from './normalize-label.ts';
import { readNumber } from './read-number.ts';

/** Data rows looked at for units typed after the numbers. */
const SAMPLE_ROWS = 200;
/** A caption stating the units of the table: "单位：U", "单位：人次、U、治疗量", "计量单位：毫升". */
const CAPTION = /^(计量)?单位[:：](.+)$/;

/**
 * Gives a volume column whose header states no unit the unit the sheet states elsewhere, as a reader
 * would: the cells themselves ("1,336.5U"), else a caption line above the table ("单位：U"). Evidence
 * for both U and ml, or none, leaves the column refused with its message. The chosen evidence is kept
 * with the column (`unitFrom`) for the figure's source.
 */
export function inferUnits(grid: SheetGrid, header: Header): Header {
  if (!header.columns.some((c) => c.role?.role === 'bad-unit' && c.role.inferable)) return header;
  const caption = captionUnit(grid, header.top);
  return { ...header, columns: header.columns.map((column) => inferColumn(grid, header, column, caption)) };
}

/** The unit a column was given and the cell that said so. */
export interface UnitEvidence {
  readonly unit: 'U' | 'ml';
  readonly cell: string;
  readonly text: string;
}

function inferColumn(grid: SheetGrid, header: Header, column: HeaderColumn, caption: UnitEvidence | null): HeaderColumn {
  const role = column.role;
  if (role?.role !== 'bad-unit' || !role.inferable) return column;
  const evidence = cellUnit(grid, header, column.col) ?? caption;
  if (evidence === null) return column;
  const figure: ColumnRole = { role: 'figure', kind: role.kind, field: role.field, factor: role.inferable[evidence.unit], generic: true };
  return { ...column, role: figure, unitFrom: evidence };
}

/** The one volume unit typed after the numbers of a column, or null when none or both appear. */
function cellUnit(grid: SheetGrid, header: Header, col: number): UnitEvidence | null {
  const first = header.top + header.depth;
  const found = new Map<'U' | 'ml', UnitEvidence>();
  for (let r = first; r < Math.min(grid.rows.length, first + SAMPLE_ROWS); r++) {
    const read = readNumber(cellAt(grid, r, col));
    if (read.ok && (read.suffix === 'U' || read.suffix === 'ml') && !found.has(read.suffix)) {
      found.set(read.suffix, { unit: read.suffix, cell: gridAddress(grid, r, col), text: cellText(cellAt(grid, r, col)) });
    }
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

/** A "单位：…" caption above the header naming exactly one volume unit (U or ml), or null. */
function captionUnit(grid: SheetGrid, top: number): UnitEvidence | null {
  for (let r = 0; r < top; r++) {
    for (const [c, cell] of (grid.rows[r] ?? []).entries()) {
      const match = cell ? CAPTION.exec(normalizeLabel(cellText(cell))) : null;
      if (!match) continue;
      const units = match[2].split(/[、,，/;；]/);
      const volume = [...new Set(units.flatMap((u) => (/^(u|单位)$/.test(u) ? ['U' as const] : /^(ml|毫升)$/.test(u) ? ['ml' as const] : [])))];
      if (volume.length === 1) return { unit: volume[0], cell: gridAddress(grid, r, c), text: cellText(cell!) };
    }
  }
  return null;
}
