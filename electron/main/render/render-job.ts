/**
 * A PDF or workbook to render, as plain data that survives the structured clone to the render worker: the
 * statistics are plain objects, the settings' Dates clone as Dates; the tables' clock travels as epoch milliseconds.
 */
import type { BriefingSettings, FontSettings, QuarterStatistics } from '../../core/core-api.ts';

/**
 * One rendering: the briefing PDF, the summary tables as PDF or .xlsx, or the font fallback notice as UTF-8 text
 * (empty when every official face is installed) — asked of the thread that loads the briefing's fonts anyway.
 */
export type RenderJob =
  | { readonly kind: 'briefingPdf'; readonly statistics: QuarterStatistics; readonly settings: BriefingSettings; readonly fonts: FontSettings }
  | { readonly kind: 'fontNotice'; readonly fonts: FontSettings }
  | { readonly kind: 'tablesPdf'; readonly statistics: QuarterStatistics; readonly now: number }
  | { readonly kind: 'tablesXlsx'; readonly statistics: QuarterStatistics; readonly now: number };

/** Renders a job: anything that returns the bytes of one (in-process, or in the render worker). */
export type Renderer = (job: RenderJob) => Promise<Uint8Array>;
