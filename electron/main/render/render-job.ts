/**
 * A PDF or workbook to render, as plain data that survives the structured clone to the render worker: the
 * statistics are plain objects already; the clock and the masthead date travel as epoch milliseconds.
 */
import type { BriefingSettings, FontSettings, QuarterStatistics } from '../../core/core-api.ts';

/** Briefing settings with their Dates as epoch milliseconds. */
export type WireBriefingSettings = Omit<BriefingSettings, 'date' | 'now'> & { readonly date: number; readonly now: number };

/** One rendering: the briefing PDF, or the summary tables as PDF or .xlsx. */
export type RenderJob =
  | { readonly kind: 'briefingPdf'; readonly statistics: QuarterStatistics; readonly settings: WireBriefingSettings; readonly fonts: FontSettings }
  | { readonly kind: 'tablesPdf'; readonly statistics: QuarterStatistics; readonly now: number }
  | { readonly kind: 'tablesXlsx'; readonly statistics: QuarterStatistics; readonly now: number };

/** Renders a job: anything that returns the bytes of one (in-process, or in the render worker). */
export type Renderer = (job: RenderJob) => Promise<Uint8Array>;

/** Settings ready for the wire. */
export function toWireSettings(settings: BriefingSettings): WireBriefingSettings {
  return { ...settings, date: settings.date.getTime(), now: settings.now.getTime() };
}

/** The settings again, with real Dates. */
export function fromWireSettings(settings: WireBriefingSettings): BriefingSettings {
  return { ...settings, date: new Date(settings.date), now: new Date(settings.now) };
}
