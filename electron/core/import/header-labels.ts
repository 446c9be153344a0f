import { cellAt, cellText, gridWidth, type SheetGrid } from './sheet-grid.ts';
import { mergeMaster } from './merge-master.ts';
import { normalizeLabel } from './normalize-label.ts';

/**
 * The leaf label of every column for a header `depth` rows deep starting at row `top`: the parent label
 * (全血, merged across its children) joined with the child label (人次) gives "全血人次". A vertically
 * merged cell (区县 spanning both rows) counts once. Without merges (CSV), a parent written once over
 * blank cells is carried right over the children below it.
 */
export function headerLabels(grid: SheetGrid, top: number, depth: number): HeaderLabel[] {
  const width = gridWidth(grid);
  const rows = Array.from({ length: depth }, (_, i) => rowTexts(grid, top + i, width));
  const filled = depth > 1 && grid.merges.length === 0 ? carryParentsRight(rows[0], rows[depth - 1]) : rows[0];
  return Array.from({ length: width }, (_, c) => toLabel([filled[c], ...rows.slice(1).map((row) => row[c])]));
}

function rowTexts(grid: SheetGrid, row: number, width: number): string[] {
  return Array.from({ length: width }, (_, c) => {
    const [r, col] = mergeMaster(grid, row, c);
    return cellText(cellAt(grid, r, col));
  });
}

function carryParentsRight(parents: readonly string[], children: readonly string[]): string[] {
  const carried: string[] = [];
  parents.forEach((parent, c) => {
    const carry = parent === '' && c > 0 && children[c] !== '' && children[c - 1] !== '';
    carried.push(carry ? carried[c - 1] : parent);
  });
  return carried;
}

function toLabel(parts: readonly string[]): HeaderLabel {
  const distinct = parts.filter((part, i) => part !== '' && part !== parts[i - 1]);
  const text = distinct.join('').replace(/\s+/g, '');
  return { text, norm: normalizeLabel(text) };
}

/** A column's header as shown (parent and child labels joined) and in normalised form for matching. */
export interface HeaderLabel {
  readonly text: string;
  readonly norm: string;
}
