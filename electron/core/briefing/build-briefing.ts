import { analysisProblems, analysisStanding } from './analysis-statements.ts';
import { briefingContext, type BriefingContext } from './briefing-context.ts';
import { buildMasthead } from './build-masthead.ts';
import { buildTail } from './build-tail.ts';
import { collectionComparison } from './collection-comparison.ts';
import { collectionLead } from './collection-lead.ts';
import { checkFindings } from './check-findings.ts';
import { completenessTable, lateItems } from './completeness-table.ts';
import { countyTable } from './county-table.ts';
import { definitionsTable } from './definitions-table.ts';
import { figuresFor } from './figure-slots.ts';
import { fillTemplate } from './fill-template.ts';
import { hospitalTable } from './hospital-table.ts';
import { indicatorSentence } from './indicator-sentence.ts';
import { indicatorTable } from './indicator-table.ts';
import { populationNote } from './population-note.ts';
import { sourcesTable } from './sources-table.ts';
import { supplyNarrative } from './supply-narrative.ts';
import { DEFAULT_WORDING, type Wording } from './wording.ts';
import type { BriefingDoc, DocBlock, DocFigure } from '../doc-model.ts';
import type { QuarterStatistics } from '../stats/quarter-statistics.ts';
import type { BriefingSettings } from './briefing-settings.ts';

/** A body paragraph with the GB/T 9704 first-line indent. */
const paragraph = (text: string): DocBlock => ({ kind: 'paragraph', text, indent: true });
const heading = (level: 1 | 2, text: string): DocBlock => ({ kind: 'heading', level, text });

/** "图1" of a figure whose caption reads "图1  …" (briefingChartSpecs numbers them in document order). */
function figureNumber(figures: readonly DocFigure[], key: string): string | null {
  const caption = figures.find((f) => f.key === key)?.caption ?? '';
  return /^图\d+/.exec(caption)?.[0] ?? null;
}

/**
 * "各区县千人口献血率见图1。各月献血人次与上年同期对比见图2。" for the figures present, so the text cites them; the
 * comparison is named only when the figure draws last year's months (as its caption does).
 */
function collectionFigureRefs(ctx: BriefingContext, figures: readonly DocFigure[]): string {
  const w = ctx.wording.collection;
  const rate = figureNumber(figures, 'county-rate');
  const monthly = figureNumber(figures, 'monthly-donations');
  // The figure as drawn decides: a second series is last year's months.
  const chart = figures.find((f) => f.key === 'monthly-donations')?.chart;
  const lastYear = chart?.kind === 'bars' && chart.series.length > 1;
  return (rate === null ? '' : fillTemplate(w.figureRefs, { figures: rate }))
    + (monthly === null ? '' : fillTemplate(lastYear ? w.figureRefsMonthly : w.figureRefsMonthlyOnly, { figure: monthly }));
}

/**
 * 一、血液采集情况: narrative citing 表1 and its figures, then 表1 and the figures. A landscape 表1 takes a page of
 * its own, so the (portrait) figures come first: they follow the paragraph that cites them and fill its page instead
 * of leaving a hole before the turned page.
 */
function collectionSection(ctx: BriefingContext, figures: readonly DocFigure[]): DocBlock[] {
  const w = ctx.wording;
  const table = countyTable(ctx);
  const tableBlock: DocBlock = { kind: 'table', table };
  const figureBlocks = figuresFor('collection', figures);
  const body = table.orientation === 'landscape' ? [...figureBlocks, tableBlock] : [tableBlock, ...figureBlocks];
  return [heading(1, w.headings.collection), paragraph(collectionLead(ctx)), paragraph(collectionComparison(ctx) + w.collection.tableIntro + collectionFigureRefs(ctx, figures)), ...body, ...indicatorPart(ctx)];
}

/** 献血者构成 (issue 14), when donation records or breakdown columns give it: a paragraph and 表2. */
function indicatorPart(ctx: BriefingContext): DocBlock[] {
  const indicators = ctx.summary.donationIndicators;
  if (!indicators) return [];
  return [paragraph(indicatorSentence(ctx, indicators)), { kind: 'table', table: indicatorTable(ctx, indicators) }];
}

/** The hospitals' table follows 表1 and, when printed, the indicators' 表2. */
function hospitalTableNumber(ctx: BriefingContext): number {
  return ctx.summary.donationIndicators ? 3 : 2;
}

/** 二、血液供应情况: narrative with the balance sentence, 表2 (when supply data exist), its chart. */
function supplySection(ctx: BriefingContext, figures: readonly DocFigure[]): DocBlock[] {
  const w = ctx.wording;
  const hasSupply = ctx.summary.supplyMonths.length > 0;
  const figure = figureNumber(figures, 'hospital-supply');
  const number = hospitalTableNumber(ctx);
  const text = supplyNarrative(ctx) + (hasSupply ? fillTemplate(w.supply.tableIntro, { number }) : '') + (figure === null ? '' : fillTemplate(w.supply.figureRef, { figure }));
  const table: DocBlock[] = hasSupply ? [{ kind: 'table', table: hospitalTable(ctx, number) }] : [];
  return [heading(1, w.headings.supply), paragraph(text), ...table, ...figuresFor('supply', figures), ...figuresFor('other', figures)];
}

/**
 * 三、形势分析（与下一步工作）: the city's standing, （一）存在问题 derived from the figures, （二）下一步工作 the user's
 * own paragraphs. Without free text there is no plan section and no sub-headings.
 */
function analysisSection(ctx: BriefingContext, freeText: string): DocBlock[] {
  const w = ctx.wording;
  const plan = freeTextParagraphs(freeText);
  const standing = analysisStanding(ctx).map(paragraph);
  const problems = analysisProblems(ctx).map(paragraph);
  if (plan.length === 0) return [heading(1, w.headings.analysis), ...standing, ...problems];
  const problemPart = problems.length === 0 ? [] : [heading(2, w.analysis.problems), ...problems];
  return [heading(1, w.headings.analysisWithPlan), ...standing, ...problemPart, heading(2, w.analysis.nextSteps), ...plan.map(paragraph)];
}

/**
 * 附件 (二): one sentence when every report arrived (按时 when every arrival time is known and on time; the late ones
 * named in a second sentence), else the county × month grid (DHIS2 completeness and timeliness).
 */
function completeness(ctx: BriefingContext): DocBlock[] {
  const m = ctx.summary.completeness;
  const w = ctx.wording.appendix;
  if (m.expected > 0 && m.received === m.expected) {
    const allKnown = m.rows.every((r) => r.arrivedOn.every((d) => d !== null));
    const template = allKnown && m.late === 0 ? w.completenessAllOnTime : w.completenessAll;
    const all = fillTemplate(template, { year: ctx.quarter.year, month: ctx.quarter.q * 3, counties: m.rows.length, received: m.received });
    const late = m.late === 0 ? '' : fillTemplate(w.completenessLate, { items: lateItems(ctx).join(ctx.wording.listSeparator), dueDay: m.dueDay });
    return [paragraph(all + late)];
  }
  return [{ kind: 'table', table: completenessTable(ctx) }];
}

/** 附件 (五) 数据核查提示, only when some check found something: stored warnings, outliers, population changes. */
function checks(ctx: BriefingContext): DocBlock[] {
  const items = checkFindings(ctx);
  if (items.length === 0) return [];
  return [heading(2, ctx.wording.headings.checks), paragraph(ctx.wording.appendix.checksIntro), ...items.map(paragraph)];
}

/** 附件 (on its own page, GB/T 9704 附件 practice): data sources, completeness, population, definitions, data checks. */
function appendixSection(ctx: BriefingContext, populationSource: string): DocBlock[] {
  const h = ctx.wording.headings;
  const sources: DocBlock[] = ctx.summary.sources.length > 0
    ? [{ kind: 'table', table: sourcesTable(ctx) }]
    : [paragraph(ctx.wording.appendix.noSources)];
  return numberAppendixTables([{ kind: 'pageBreak' }, heading(1, h.appendixPage), { kind: 'title', text: h.appendixTitle }, heading(2, h.sources), ...sources,
    heading(2, h.completeness), ...completeness(ctx),
    heading(2, h.population), ...populationNote(ctx, populationSource).map(paragraph),
    heading(2, h.definitions), { kind: 'table', table: definitionsTable(ctx) }, ...checks(ctx)]);
}

/**
 * 附表1, 附表2, … in the order the tables appear: the completeness grid becomes a sentence when every report came,
 * and the definitions must then be 附表2, not a 附表3 after no 附表2.
 */
function numberAppendixTables(blocks: readonly DocBlock[]): DocBlock[] {
  const tables = blocks.filter((b) => b.kind === 'table' && /^附表\d+/.test(b.table.title));
  return blocks.map((b) => (b.kind === 'table' && tables.includes(b)
    ? { ...b, table: { ...b.table, title: b.table.title.replace(/^附表\d+/, `附表${tables.indexOf(b) + 1}`) } }
    : b));
}

/**
 * The quarterly briefing as a document (issue 3 "Content"): masthead, title, 一 采集 (narrative, 表1, charts),
 * 二 供应 (narrative, 表2, chart), 三 形势分析, 附, tail. Pure: figures, settings and wording in, document out.
 * `figures` are placed after the table they illustrate by their key (see FIGURE_SLOTS).
 */
export function buildBriefing(summary: QuarterStatistics, settings: BriefingSettings, figures: readonly DocFigure[] = [], wording: Wording = DEFAULT_WORDING): BriefingDoc {
  const ctx = briefingContext(summary, wording);
  const masthead = buildMasthead(settings, wording);
  const title = fillTemplate(wording.title, { region: summary.region, quarter: ctx.label });
  return {
    meta: { title, author: settings.unit, subject: fillTemplate(wording.masthead.subject, { name: masthead.name, issue: masthead.issue }), creationDate: settings.now },
    masthead,
    blocks: [{ kind: 'title', text: title }, ...collectionSection(ctx, figures), ...supplySection(ctx, figures), ...analysisSection(ctx, settings.freeText), ...appendixSection(ctx, settings.populationSource ?? '')],
    tail: buildTail(settings, wording),
  };
}

/** The user's free text as paragraphs: one per non-empty line, trimmed (full-width indents are the layout's job). */
export function freeTextParagraphs(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')).filter((line) => line !== '');
}
