import type { Tail } from '../doc-model.ts';
import type { FontSet } from '../fonts/font-types.ts';
import { addItems, blankThenNewPage, blockBottom, currentPage, fits, newPage, type Flow } from './flow.ts';
import { centredBaseline } from './grid.ts';
import type { Box, LayoutItem, RuleItem } from './layout-types.ts';
import { lineItems } from './line-items.ts';
import { measureLine, wrapText } from './wrap-text.ts';
import { mm } from './page-geometry.ts';
import { singleLine } from './single-line.ts';
import { BLACK, plainStyle } from './text-style.ts';

/** 版记 text: 4号 (14 pt) 仿宋, one character in from both edges (GB/T 9704-2012 7.4). */
const TAIL_STYLE = plainStyle('fangsong', 14);
const LEADING = 22;
const ROW_PAD = 8;

/** First and last tail rules 0.35 mm, the middle ones 0.25 mm (GB/T 9704-2012 7.4.1). */
const THICK = mm(0.35);
const THIN = mm(0.25);

interface TailRow {
  readonly height: number;
  readonly draw: (top: number, box: Box) => LayoutItem[];
}

/**
 * The tail at the bottom of the last page's text block: 报 / 送 / 发 lines and 印数, each between rules. The 版记 goes
 * on the last page, and that page is even (GB/T 9704-2012 7.4 and 双面印刷: the back of the last sheet), so when the
 * text ends on an odd page the tail goes on the next page, with a blank page first when the odd page is empty.
 */
export function layoutTail(flow: Flow, tail: Tail): void {
  const box = currentPage(flow).block;
  const rows = [...tail.lines.map((l) => labelledRow(flow.fonts, l.label, l.text, box.width)), ...copiesRow(flow.fonts, tail.copies)];
  const height = rows.reduce((t, r) => t + r.height, 0);
  if (!fits(flow, height + THICK) || currentPage(flow).orientation !== 'portrait') newPage(flow, 'portrait');
  if (currentPage(flow).number % 2 === 1) blankThenNewPage(flow, 'portrait');
  const page = currentPage(flow).block;
  // The last rule lies on the block's lower edge (GB/T 9704-2012 7.4.1): its ink ends exactly there.
  let top = blockBottom(flow) - THICK / 2 - height;
  addItems(flow, [rule(page, top, THICK)]);
  rows.forEach((row, i) => {
    addItems(flow, [...row.draw(top, page), rule(page, top + row.height, i === rows.length - 1 ? THICK : THIN)]);
    top += row.height;
  });
  flow.y = top;
}

function rule(box: Box, y: number, width: number): RuleItem {
  return { kind: 'rule', part: 'tail', x1: box.x, y1: y, x2: box.x + box.width, y2: y, width, color: BLACK };
}

/** "报：…" with continuation lines hanging under the text, not the label. */
function labelledRow(fonts: FontSet, label: string, text: string, width: number): TailRow {
  const head = /[：:]$/.test(label) ? label : `${label}：`;
  const headWidth = measureLine(fonts, head, TAIL_STYLE);
  const lines = wrapText(text, TAIL_STYLE, fonts, width - 2 * TAIL_STYLE.size - headWidth);
  const height = lines.length * LEADING + ROW_PAD;
  return { height, draw: (top, box) => {
    const x = box.x + TAIL_STYLE.size;
    const at = (i: number) => centredBaseline(top + ROW_PAD / 2 + i * LEADING, LEADING, TAIL_STYLE.size);
    return [...singleLine(fonts, head, TAIL_STYLE, x, top + ROW_PAD / 2, LEADING, 'left', 'tail'),
      ...lines.flatMap((line, i) => lineItems(line, { x: x + headWidth, baseline: at(i), gap: 0, style: TAIL_STYLE, part: 'tail' }))];
  } };
}

/** 印数 at the right, e.g. "共印20份". */
function copiesRow(fonts: FontSet, copies: string | null): TailRow[] {
  if (!copies) return [];
  const height = LEADING + ROW_PAD;
  return [{ height, draw: (top, box) => singleLine(fonts, copies, TAIL_STYLE, box.x + box.width - TAIL_STYLE.size, top, height, 'right', 'tail') }];
}
