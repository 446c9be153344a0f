import type { Cmyk } from '../layout/layout-types.ts';

/**
 * Print inks for an official document, as CMYK like the rest of the page. Every pair that must be told apart
 * differs in lightness, so the charts read the same when printed or copied in black and white (issue 12):
 * dark red (≈ 25 % grey value) for the quarter in focus, light grey (≈ 70 %) for last year, dark blue-grey for
 * single series; labels near black.
 */
export const CHART_INKS = {
  focus: [0, 90, 85, 35],
  context: [0, 0, 0, 32],
  series: [75, 50, 0, 50],
  text: [0, 0, 0, 88],
  axis: [0, 0, 0, 60],
  grid: [0, 0, 0, 15],
} as const satisfies Record<string, Cmyk>;

/** Chart labels: 宋体 (the song role, like the tables' figures) at 9 pt, which reads well at 150 mm width. */
export const CHART_FONT = { role: 'song', size: 9 } as const;

/** Standard figure width: fits the 156 mm GB/T 9704 text block with a small margin. */
export const FIGURE_WIDTH_MM = 150;
