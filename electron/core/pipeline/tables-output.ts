import { briefingContext } from '../briefing/briefing-context.ts';
import { countyTable } from '../briefing/county-table.ts';
import { fillTemplate } from '../briefing/fill-template.ts';
import { hospitalTable } from '../briefing/hospital-table.ts';
import { indicatorTable } from '../briefing/indicator-table.ts';
import { DEFAULT_WORDING } from '../briefing/wording.ts';
import type { BriefingDoc, DocBlock, DocTable } from '../doc-model.ts';
import { loadFonts } from '../fonts/load-fonts.ts';
import { layoutDocument } from '../layout/layout-document.ts';
import { renderPdf } from '../pdf/render-pdf.ts';
import type { QuarterStatistics } from '../stats/quarter-statistics.ts';
import { tablesXlsx } from '../tables-xlsx/tables-xlsx.ts';
import type { PdfOptions } from './briefing-pdf.ts';

/**
 * The summary tables staff print on their own, numbered as in the briefing: the county table, the donors'
 * composition (when records or breakdown columns give it) and (when supply data exist) the hospital table.
 */
export function summaryTables(statistics: QuarterStatistics): DocTable[] {
  const ctx = briefingContext(statistics, DEFAULT_WORDING);
  const indicators = statistics.donationIndicators ? [indicatorTable(ctx, statistics.donationIndicators)] : [];
  const hospitals = statistics.supplyMonths.length > 0 ? [hospitalTable(ctx, 2 + indicators.length)] : [];
  const tables = [countyTable(ctx), ...indicators, ...hospitals];
  // Printed on their own, both tables go on A4 landscape pages (issue 3, "Summary tables").
  return tables.map((table) => ({ ...table, orientation: 'landscape' }));
}

/** The summary tables as a print-ready PDF: A4 landscape, no masthead, one table after the other. */
export async function tablesPdf(statistics: QuarterStatistics, now: Date, options: PdfOptions = {}): Promise<Uint8Array> {
  const blocks: DocBlock[] = summaryTables(statistics).flatMap((table, i) => [
    ...(i > 0 ? [{ kind: 'pageBreak' } as const] : []), { kind: 'table', table } as const,
  ]);
  const doc: BriefingDoc = { meta: { ...tablesMeta(statistics), creationDate: now }, masthead: null, blocks, tail: null };
  const fonts = loadFonts(options.fonts);
  // Printed on their own, never bound into the portrait briefing: page numbers upright at the foot of each landscape page.
  return new Uint8Array(await renderPdf(layoutDocument(doc, fonts, { landscapeNumbers: 'upright' }), fonts, doc.meta));
}

/** The same tables as a formatted .xlsx (real numbers, merged headers, print area and titles set). */
export function tablesWorkbook(statistics: QuarterStatistics, now: Date): Promise<Uint8Array> {
  const { title, author } = tablesMeta(statistics);
  return tablesXlsx(summaryTables(statistics), { title, subtitle: author, creationDate: now });
}

function tablesMeta(statistics: QuarterStatistics): { title: string; author: string; subject: string } {
  const ctx = briefingContext(statistics, DEFAULT_WORDING);
  const title = `${fillTemplate(DEFAULT_WORDING.title, { region: statistics.region, quarter: ctx.label })}汇总表`;
  return { title, author: statistics.station, subject: title };
}
