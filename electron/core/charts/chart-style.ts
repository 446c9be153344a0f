/**
 * Sober, print-friendly colours for an official document: dark red for the quarter in focus, navy and greys
 * for the rest; all remain distinguishable when printed in greyscale (different lightness).
 */
export const CHART_COLOURS = {
  darkRed: '#9b1c1c',
  navy: '#1f3864',
  grey: '#7f7f7f',
  lightGrey: '#bfbfbf',
  text: '#262626',
  grid: '#d9d9d9',
} as const;

/** Family alias under which the bundled Noto Serif SC is registered (宋体-like, matching the body text). */
export const CHART_FONT_FAMILY = 'BriefChartSerif';

/** Label size in points: 小五 (9 pt) reads well at 150 mm width. */
export const CHART_FONT_SIZE = 9;

/** Standard figure width: fits the 156 mm GB/T 9704 text block with a small margin. */
export const FIGURE_WIDTH_MM = 150;
