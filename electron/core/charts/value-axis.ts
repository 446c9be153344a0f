import { CHART_COLOURS } from './chart-style.ts';

/** A linear value axis from zero with light grid lines, a titled unit and headroom for the bar-end labels. */
export function valueAxis(title: string, stacked = false) {
  return {
    type: 'linear' as const,
    beginAtZero: true,
    stacked,
    grace: '12%',
    grid: { color: CHART_COLOURS.grid },
    // No thousands separator, matching the bar labels and the tables ("4305", not "4,305").
    ticks: { format: { useGrouping: false } },
    border: { display: false },
    title: { display: true, text: title },
  };
}

/** A category axis without grid lines (the bars carry their own labels). */
export function categoryAxis(stacked = false) {
  return { type: 'category' as const, stacked, grid: { display: false } };
}
