import type { BriefingDoc } from '../doc-model.ts';
import type { FontSet } from '../fonts/font-types.ts';
import { createFlow } from './flow.ts';
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
  doc.blocks.forEach((block, i) => layoutBlock(flow, block, i, doc.blocks[i + 1]));
  if (doc.tail) layoutTail(flow, doc.tail);
  return { pages: withoutTrailingBlank(flow.pages).map((page) => withPageNumber(page, fonts, options.landscapeNumbers ?? 'turned')) };
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
