import { analysisStatements } from './analysis-statements.ts';
import { briefingContext, type BriefingContext } from './briefing-context.ts';
import { buildMasthead } from './build-masthead.ts';
import { buildTail } from './build-tail.ts';
import { collectionComparison } from './collection-comparison.ts';
import { collectionLead } from './collection-lead.ts';
import { completenessTable } from './completeness-table.ts';
import { countyTable } from './county-table.ts';
import { definitionsTable } from './definitions-table.ts';
import { figuresFor } from './figure-slots.ts';
import { fillTemplate } from './fill-template.ts';
import { freeTextParagraphs } from './free-text-paragraphs.ts';
import { hospitalTable } from './hospital-table.ts';
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

/** 一、血液采集情况: narrative, 表1, its charts. */
function collectionSection(ctx: BriefingContext, figures: readonly DocFigure[]): DocBlock[] {
  const w = ctx.wording;
  return [heading(1, w.headings.collection), paragraph(collectionLead(ctx)), paragraph(collectionComparison(ctx) + w.collection.tableIntro),
    { kind: 'table', table: countyTable(ctx) }, ...figuresFor('collection', figures)];
}

/** 二、血液供应情况: narrative with the balance sentence, 表2 (when supply data exist), its chart. */
function supplySection(ctx: BriefingContext, figures: readonly DocFigure[]): DocBlock[] {
  const w = ctx.wording;
  const hasSupply = ctx.summary.supplyMonths.length > 0;
  const text = supplyNarrative(ctx) + (hasSupply ? w.supply.tableIntro : '');
  const table: DocBlock[] = hasSupply ? [{ kind: 'table', table: hospitalTable(ctx) }] : [];
  return [heading(1, w.headings.supply), paragraph(text), ...table, ...figuresFor('supply', figures), ...figuresFor('other', figures)];
}

/** 三、形势分析: derived statements, then the user's own paragraphs. */
function analysisSection(ctx: BriefingContext, freeText: string): DocBlock[] {
  return [heading(1, ctx.wording.headings.analysis), ...[...analysisStatements(ctx), ...freeTextParagraphs(freeText)].map(paragraph)];
}

/** 附: data sources, completeness, population, definitions. */
function appendixSection(ctx: BriefingContext): DocBlock[] {
  const h = ctx.wording.headings;
  const sources: DocBlock[] = ctx.summary.sources.length > 0
    ? [{ kind: 'table', table: sourcesTable(ctx) }]
    : [paragraph(ctx.wording.appendix.noSources)];
  return [heading(1, h.appendix), heading(2, h.sources), ...sources,
    heading(2, h.completeness), { kind: 'table', table: completenessTable(ctx) },
    heading(2, h.population), ...populationNote(ctx).map(paragraph),
    heading(2, h.definitions), { kind: 'table', table: definitionsTable(ctx) }];
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
    blocks: [{ kind: 'title', text: title }, ...collectionSection(ctx, figures), ...supplySection(ctx, figures), ...analysisSection(ctx, settings.freeText), ...appendixSection(ctx)],
    tail: buildTail(settings, wording),
  };
}
