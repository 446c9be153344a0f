import type { BriefingDoc, DocBlock } from '../doc-model.ts';
import { figureFitsHere } from './layout-figure.ts';
import type { FontSet } from '../fonts/font-types.ts';
import { createFlow } from './flow.ts';
import type { Flow } from './flow.ts';
import type { PageDraft } from './flow.ts';
import type { Layout, LayoutPage } from './layout-types.ts';
import { layoutBlock } from './layout-block.ts';
import { layoutMasthead } from './layout-masthead.ts';
import { layoutTail } from './layout-tail.ts';
import { pageNumberItem } from './page-number-item.ts';
import type { LandscapeNumbers } from './page-number-item.ts';

/** How a document is laid out beyond what it says. */
export interface LayoutOptions {
  /** Page numbers of landscape pages: 'turned' (default) for pages bound into a portrait briefing, 'upright' for landscape documents printed on their own. */
  readonly landscapeNumbers?: LandscapeNumbers;
}

/**
 * Positions a briefing on GB/T 9704-2012 pages: masthead on page 1, blocks in order, tail at the foot of the
 * last page, a page number on every page. Pure: same document, fonts and options, same layout.
 */
export function layoutDocument(doc: BriefingDoc, fonts: FontSet, options: LayoutOptions = {}): Layout {
  const flow = createFlow(fonts);
  if (doc.masthead) layoutMasthead(flow, doc.masthead);
  layoutBlocks(flow, doc.blocks);
  if (doc.tail) layoutTail(flow, doc.tail);
  return { pages: withoutTrailingBlank(flow.pages).map((page) => withPageNumber(page, fonts, options.landscapeNumbers ?? 'turned')) };
}

/** Text blocks a waiting figure may let go before it. */
const isText = (block: DocBlock | undefined): boolean => block?.kind === 'paragraph' || block?.kind === 'heading';

/**
 * Lays the blocks out in order, except that a figure which does not fit the rest of the page lets the text after it
 * go first, then takes the top of the next page — so no hole is left at the page foot while the figure waits
 * (issue 12 page fill). It is placed as soon as a page has been turned, and before any table, figure or page break.
 */
function layoutBlocks(flow: Flow, blocks: readonly DocBlock[]): void {
  const waiting: { figure: Extract<DocBlock, { kind: 'figure' }>; index: number; page: number }[] = [];
  const flush = () => waiting.splice(0).forEach((w) => layoutBlock(flow, w.figure, w.index, undefined));
  blocks.forEach((block, i) => {
    if (block.kind === 'figure' && isText(blocks[i + 1]) && (waiting.length > 0 || !figureFitsHere(flow, block.figure))) {
      waiting.push({ figure: block, index: i, page: flow.pages.length });
      return;
    }
    if (!isText(block)) flush();
    layoutBlock(flow, block, i, blocks[i + 1]);
    // after a paragraph (never between a heading and its text) that has reached the next page
    if (block.kind === 'paragraph' && waiting.length > 0 && flow.pages.length > waiting[0]!.page) flush();
  });
  flush();
}

/** A page break at the very end leaves an empty page; it is not printed (the first page always is). */
function withoutTrailingBlank(pages: readonly PageDraft[]): readonly PageDraft[] {
  const last = pages.findLastIndex((p) => p.items.length > 0);
  return pages.slice(0, Math.max(1, last + 1));
}

function withPageNumber(page: PageDraft, fonts: FontSet, landscapeNumbers: LandscapeNumbers): LayoutPage {
  const { number, orientation, width, height, block } = page;
  return { number, orientation, width, height, block, items: [...page.items, pageNumberItem(fonts, number, orientation, landscapeNumbers)] };
}
