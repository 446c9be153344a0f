import type { FontSet } from '../fonts/font-types.ts';
import type { Box, LayoutItem } from './layout-types.ts';
import { pageFrame } from './page-geometry.ts';

/** A page while it is being filled. */
export interface PageDraft {
  readonly number: number;
  readonly orientation: 'portrait' | 'landscape';
  readonly width: number;
  readonly height: number;
  readonly block: Box;
  readonly items: LayoutItem[];
}

/**
 * The layout cursor: pages so far and the y where the next content may start on the last page.
 * Mutable while one `layoutDocument` call runs; nothing outside that call sees it.
 */
export interface Flow {
  readonly fonts: FontSet;
  readonly pages: PageDraft[];
  y: number;
}

/** Tolerance for comparing positions (points). */
const EPS = 0.01;

/** A flow with an empty first page. */
export function createFlow(fonts: FontSet): Flow {
  const first = draft(1, 'portrait');
  return { fonts, pages: [first], y: first.block.y };
}

function draft(number: number, orientation: 'portrait' | 'landscape'): PageDraft {
  return { number, orientation, ...pageFrame(number, orientation), items: [] };
}

/** The page being filled. */
export function currentPage(flow: Flow): PageDraft {
  return flow.pages.at(-1)!;
}

/** Starts a new page even when the current one is untouched, which stays as a blank page (before an even-page 版记). */
export function blankThenNewPage(flow: Flow, orientation: 'portrait' | 'landscape'): PageDraft {
  const page = draft(currentPage(flow).number + 1, orientation);
  flow.pages.push(page);
  flow.y = page.block.y;
  return page;
}

/** Starts a new page; an untouched current page is reused (turned if need be) rather than left blank. */
export function newPage(flow: Flow, orientation: 'portrait' | 'landscape' = currentPage(flow).orientation): PageDraft {
  const current = currentPage(flow);
  const page = draft(current.items.length === 0 ? current.number : current.number + 1, orientation);
  if (current.items.length === 0) flow.pages[flow.pages.length - 1] = page;
  else flow.pages.push(page);
  flow.y = page.block.y;
  return page;
}

/** The bottom edge of the current text block. */
export function blockBottom(flow: Flow): number {
  const { block } = currentPage(flow);
  return block.y + block.height;
}

/** True when `height` more points fit in the text block below the cursor. */
export function fits(flow: Flow, height: number): boolean {
  return flow.y + height <= blockBottom(flow) + EPS;
}

/** True when nothing has been placed on the current page yet. */
export function atPageTop(flow: Flow): boolean {
  return flow.y <= currentPage(flow).block.y + EPS;
}

/** Makes room for `height` points in the given orientation, starting a new page when needed. */
export function ensureRoom(flow: Flow, height: number, orientation: 'portrait' | 'landscape'): void {
  if (currentPage(flow).orientation !== orientation || (!fits(flow, height) && !atPageTop(flow))) newPage(flow, orientation);
}

/** Adds items to the current page. */
export function addItems(flow: Flow, items: readonly LayoutItem[]): void {
  currentPage(flow).items.push(...items);
}
