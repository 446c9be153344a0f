import { buildBriefing } from '../briefing/build-briefing.ts';
import type { BriefingSettings } from '../briefing/briefing-settings.ts';
import { briefingCharts } from '../charts/briefing-charts.ts';
import { loadFonts } from '../fonts/load-fonts.ts';
import type { FontSet, FontSettings } from '../fonts/font-types.ts';
import { layoutDocument } from '../layout/layout-document.ts';
import { renderPdf } from '../pdf/render-pdf.ts';
import type { QuarterStatistics } from '../stats/quarter-statistics.ts';

/** Options shared by every caller, so the app's preview, its export and the CLI write the same bytes. */
export interface PdfOptions {
  readonly fonts?: FontSettings;
  /** The faces already resolved from `fonts` (loadFonts), when the caller needs them too: no second font lookup. */
  readonly loaded?: FontSet;
}

/** The quarterly briefing as PDF bytes: statistics → charts → document → GB/T 9704 layout → pdfkit. */
export async function briefingPdf(statistics: QuarterStatistics, settings: BriefingSettings, options: PdfOptions = {}): Promise<Uint8Array> {
  const doc = buildBriefing(statistics, settings, briefingCharts(statistics));
  const fonts = options.loaded ?? loadFonts(options.fonts);
  return new Uint8Array(await renderPdf(layoutDocument(doc, fonts), fonts, doc.meta));
}
