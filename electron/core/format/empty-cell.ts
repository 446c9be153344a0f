/** What a table cell shows when there is no figure (no comparison, no target): a dash, as statistical tables do. */
export const EMPTY_CELL = '—';

/** Formats a value, or the empty-cell dash when it is null. */
export function orDash<T>(value: T | null | undefined, format: (v: T) => string): string {
  return value === null || value === undefined ? EMPTY_CELL : format(value);
}
