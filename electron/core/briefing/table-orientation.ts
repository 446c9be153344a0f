/** More leaf columns than this do not fit the 156 mm portrait text block at 五号 type (issue 3: wide tables go landscape). */
export const PORTRAIT_MAX_COLUMNS = 8;

/** Landscape for wide tables, portrait otherwise. */
export function tableOrientation(columnCount: number): 'portrait' | 'landscape' {
  return columnCount > PORTRAIT_MAX_COLUMNS ? 'landscape' : 'portrait';
}
