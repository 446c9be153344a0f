import type { GridCell } from './sheet-grid.ts';

/** The cell as text, trimmed ("" when empty); numbers print as JavaScript prints them. */
export function cellText(cell: GridCell): string {
  if (cell.value === null) return '';
  return String(cell.value).trim();
}
