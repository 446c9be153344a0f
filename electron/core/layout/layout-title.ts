import type { Flow } from './flow.ts';
import { currentPage } from './flow.ts';
import { takeSlot } from './grid-slots.ts';
import type { ItemRef } from './layout-types.ts';
import { setLines } from './set-lines.ts';
import { plainStyle } from './text-style.ts';
import { wrapTitle } from './wrap-title.ts';

/** Title: 2号 (22 pt) 小标宋, centred, may wrap; one empty line below it (GB/T 9704-2012 7.3.3). */
export const TITLE_STYLE = plainStyle('title', 22);

/** Lays out the document title on the grid, centred, wrapped with its words whole where it can tell. */
export function layoutTitle(flow: Flow, text: string, ref: ItemRef): void {
  const width = currentPage(flow).block.width;
  const lines = wrapTitle(text, TITLE_STYLE, flow.fonts, width * 0.9);
  setLines(flow, lines, { style: TITLE_STYLE, indent: 0, align: 'center', part: 'title', ref });
  takeSlot(flow);
}
