/** Helpers for geometry tests: bounds of items, lines of a paragraph, items by part. */
import type { Layout, LayoutItem, LayoutPage, TextItem } from '../../../electron/core/layout/layout-types.ts';

/** Extent of an item on its page: text uses the CJK em box (0.88 em above, 0.12 em below the baseline). */
export function bounds(item: LayoutItem): { left: number; top: number; right: number; bottom: number } {
  if (item.kind === 'text') return { left: item.x, top: item.y - 0.88 * item.size, right: item.x + item.width, bottom: item.y + 0.12 * item.size };
  if (item.kind === 'figure') return { left: item.box.x, top: item.box.y, right: item.box.x + item.box.width, bottom: item.box.y + item.box.height };
  const half = item.width / 2;
  const horizontal = item.y1 === item.y2;
  return {
    left: Math.min(item.x1, item.x2) - (horizontal ? 0 : half), right: Math.max(item.x1, item.x2) + (horizontal ? 0 : half),
    top: Math.min(item.y1, item.y2) - (horizontal ? half : 0), bottom: Math.max(item.y1, item.y2) + (horizontal ? half : 0),
  };
}

/** Text items of a page. */
export function texts(page: LayoutPage): TextItem[] {
  return page.items.filter((i): i is TextItem => i.kind === 'text');
}

/** The lines (text joined in x order, grouped by baseline) of one block (undefined: masthead, tail, page numbers), in reading order. */
export function blockLines(layout: Layout, block: number | undefined): { page: number; y: number; text: string; left: number; right: number }[] {
  return layout.pages.flatMap((page) => {
    const items = texts(page).filter((t) => t.ref?.block === block);
    const ys = [...new Set(items.map((t) => t.y))].sort((a, b) => a - b);
    return ys.map((y) => {
      const line = items.filter((t) => t.y === y).sort((a, b) => a.x - b.x);
      return { page: page.number, y, text: line.map((t) => t.text).join(''), left: line[0]!.x, right: Math.max(...line.map((t) => t.x + t.width)) };
    });
  });
}

/** Pages on which a block has items. */
export function pagesOf(layout: Layout, block: number): LayoutPage[] {
  return layout.pages.filter((p) => p.items.some((i) => i.ref?.block === block));
}
