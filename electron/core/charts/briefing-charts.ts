import type { Month, QuarterSummary } from '../model.ts';
import type { DocFigure } from '../doc-model.ts';
import { briefingChartSpecs } from './briefing-chart-specs.ts';
import { chartSvg } from './chart-svg.ts';

/**
 * The briefing's charts drawn as vector SVG (text as paths) for the PDF: county 千人口献血率, monthly
 * donations against last year, supply by hospital. `history.lastYear` is keyed by last year's month
 * ("2024-01"); without it `summary.lastYearMonths` is used, and without both only this year is drawn.
 * The desktop preview draws the same specs with `chartPng(briefingChartSpecs(...)[i], scale)`.
 */
export function briefingCharts(summary: QuarterSummary, history?: { months: Month[]; lastYear: Record<Month, number> }): DocFigure[] {
  return briefingChartSpecs(summary, history).map((spec) => ({
    key: spec.key,
    caption: spec.caption,
    svg: chartSvg(spec),
    widthMm: spec.widthMm,
    heightMm: spec.heightMm,
  }));
}
