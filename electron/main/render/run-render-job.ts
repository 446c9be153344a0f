/**
 * Runs a render job with the very functions the CLI calls (briefingPdf, tablesPdf, tablesWorkbook) and the
 * same inputs, so the app's bytes equal `blood-brief report`'s wherever this runs (worker or main thread).
 */
import { assertNever, briefingPdf, fontFallbackNotice, loadFonts, tablesPdf, tablesWorkbook } from '../../core/core-api.ts';
import type { RenderJob } from './render-job.ts';

/** The bytes of one job, rendered in this thread. */
export function runRenderJob(job: RenderJob): Promise<Uint8Array> {
  switch (job.kind) {
    case 'briefingPdf': return briefingPdf(job.statistics, job.settings, { fonts: job.fonts });
    case 'fontNotice': return loadFonts(job.fonts).then((fonts) => new TextEncoder().encode(fontFallbackNotice(fonts, job.fonts, 'app') ?? ''));
    case 'tablesPdf': return tablesPdf(job.statistics, new Date(job.now));
    case 'tablesXlsx': return tablesWorkbook(job.statistics, new Date(job.now));
    default: return assertNever(job);
  }
}
