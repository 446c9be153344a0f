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

/**
 * Text blocks a waiting figure may let go before it: its own section's paragraphs and sub-headings, never the next
 * section's heading (图3 belongs to 二、血液供应情况 and must not end up inside 三、形势分析).
 */
const isText = (block: DocBlock | undefined): boolean => block?.kind === 'paragraph' || (block?.kind === 'heading' && block.level > 1);

/** A copy of the flow's pages and cursor, to try a placement and take it back. */
function snapshot(flow: Flow): { pages: PageDraft[]; y: number } {
  return { pages: flow.pages.map((p) => ({ ...p, items: [...p.items] })), y: flow.y };
}

function restore(flow: Flow, snap: { pages: PageDraft[]; y: number }): void {
  flow.pages.splice(0, flow.pages.length, ...snap.pages);
  flow.y = snap.y;
}

/**
 * Lays the blocks out in order, except that a figure which does not fit the rest of the page lets the text after it
 * go first, then takes the next page after the paragraph that crossed over — so no hole is left at the page foot
 * while the figure waits (issue 12 page fill). When the text would not use the page either (a heading kept with its
 * paragraph), the trial is taken back and the figure keeps its place.
 */
function layoutBlocks(flow: Flow, blocks: readonly DocBlock[]): void {
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i]!;
    if (block.kind === 'figure' && isText(blocks[i + 1]) && !figureFitsHere(flow, block.figure)) {
      const after = deferFigure(flow, blocks, i);
      if (after !== null) {
        i = after;
        continue;
      }
    }
    layoutBlock(flow, block, i, blocks[i + 1]);
    i += 1;
  }
}

/**
 * Lays out the text after figure `at` until a paragraph reaches the next page, then the figure; returns the index of
 * the next block to lay out, or null (flow untouched) when the text left the figure's page as it was.
 */
function deferFigure(flow: Flow, blocks: readonly DocBlock[], at: number): number | null {
  const snap = snapshot(flow);
  const page = flow.pages.length - 1;
  const before = flow.pages[page]!.items.length;
  let i = at + 1;
  while (i < blocks.length && isText(blocks[i])) {
    layoutBlock(flow, blocks[i]!, i, blocks[i + 1]);
    i += 1;
    if (blocks[i - 1]!.kind === 'paragraph' && flow.pages.length - 1 > page) break;
  }
  if (flow.pages[page]!.items.length === before) {
    restore(flow, snap);
    return null;
  }
  layoutBlock(flow, blocks[at]!, at, undefined);
  return i;
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
