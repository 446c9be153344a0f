/** Tolerance for comparing heights (points). */
const EPS = 0.01;

/** Fewest body rows a table leaves at the foot of a page or carries over to a continuation page. */
export const MIN_ROWS_PER_PAGE = 2;

/** Room for the rows of a table on its first page and on each continuation page, and what stays with the last row. */
export interface RowSpace {
  readonly first: number;
  readonly next: number;
  /** The 说明 notes (and their spacing), kept on the page of the last row. */
  readonly lastExtra: number;
}

/**
 * How many rows go on each page: pages are filled in order, rows are never split and the last row takes
 * the notes along. The first page may get no row at all (the caller then starts the table on a new page);
 * a continuation page always takes at least one row, even one taller than the page. A continuation page
 * left with a single row takes one more from the page before, when that page keeps two and there is room.
 */
export function paginateRows(heights: readonly number[], space: RowSpace): number[] {
  const counts = [0];
  let used = 0;
  heights.forEach((height, i) => {
    const need = height + (i === heights.length - 1 ? space.lastExtra : 0);
    const room = counts.length === 1 ? space.first : space.next;
    if (used + need > room + EPS && (counts.length === 1 || counts.at(-1)! > 0)) {
      counts.push(0);
      used = 0;
    }
    counts[counts.length - 1]! += 1;
    used += height;
  });
  return withoutWidow(counts, heights, space);
}

function withoutWidow(counts: number[], heights: readonly number[], space: RowSpace): number[] {
  if (counts.length < 2 || counts.at(-1)! >= MIN_ROWS_PER_PAGE || counts.at(-2)! <= MIN_ROWS_PER_PAGE) return counts;
  const lastPage = heights.slice(heights.length - counts.at(-1)! - 1);
  const fits = lastPage.reduce((t, h) => t + h, space.lastExtra) <= space.next + EPS;
  return fits ? [...counts.slice(0, -2), counts.at(-2)! - 1, counts.at(-1)! + 1] : counts;
}
