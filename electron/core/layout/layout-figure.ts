import { chartMarks } from '../charts/chart-marks.ts';
import type { DocFigure } from '../doc-model.ts';
import type { Flow } from './flow.ts';
import { addItems, currentPage, ensureRoom } from './flow.ts';
import { snapToGrid } from './grid-slots.ts';
import { mm } from './page-geometry.ts';
import { placeMarks } from './place-marks.ts';
import { setFreeLines } from './set-free-lines.ts';
import { plainStyle } from './text-style.ts';
import { wrapText } from './wrap-text.ts';

/** Figure captions: 四号 (14 pt) 仿宋, centred under the figure. */
const CAPTION_STYLE = plainStyle('fangsong', 14);
const CAPTION_LEADING = 22;

/** The caption and the scale a figure gets at the cursor (full size, or shrunk to fit the rest of the page). */
function figureScale(flow: Flow, figure: DocFigure) {
  const box = currentPage(flow).block;
  const captionLines = wrapText(figure.caption, CAPTION_STYLE, flow.fonts, box.width);
  const captionHeight = captionLines.length * CAPTION_LEADING + 6;
  const full = Math.min(1, box.width / mm(figure.widthMm), (box.height - captionHeight) / mm(figure.heightMm));
  const room = (box.y + box.height - flow.y - captionHeight) / mm(figure.heightMm);
  const scale = room < full && room >= full * MIN_FIGURE_SCALE ? room : full;
  return { captionLines, captionHeight, scale, fits: mm(figure.heightMm) * scale + captionHeight <= box.y + box.height - flow.y + 0.01 };
}

/** Whether a figure can go on the current portrait page at the cursor (possibly scaled within limits). */
export function figureFitsHere(flow: Flow, figure: DocFigure): boolean {
  if (currentPage(flow).orientation !== 'portrait') return true;
  const y = flow.y;
  snapToGrid(flow);
  const fits = figureScale(flow, figure).fits;
  flow.y = y;
  return fits;
}

/** A figure may shrink to this share of its size to stay on the page of the text that cites it. */
export const MIN_FIGURE_SCALE = 0.8;

/**
 * A figure at its size on paper (shrunk to the block if larger), centred, with its caption kept under it. When it
 * misses the rest of the page by less than a fifth of its height it is scaled down to fit (no hole at the page foot
 * while the figure waits for the next page); below MIN_FIGURE_SCALE its labels would be too small, so it moves over.
 */
export function layoutFigure(flow: Flow, figure: DocFigure, block: number): void {
  ensureRoom(flow, 0, 'portrait');
  snapToGrid(flow);
  const box = currentPage(flow).block;
  const { captionLines, captionHeight, scale } = figureScale(flow, figure);
  const width = mm(figure.widthMm) * scale;
  const height = mm(figure.heightMm) * scale;
  ensureRoom(flow, height + captionHeight, 'portrait');
  const x = currentPage(flow).block.x + (box.width - width) / 2;
  const marks = chartMarks(figure.chart, flow.fonts, mm(figure.widthMm), mm(figure.heightMm));
  addItems(flow, [{ kind: 'figure', part: 'figure', ref: { block }, box: { x, y: flow.y, width, height }, marks: placeMarks(marks, { x, y: flow.y, scale }, { block }) }]);
  flow.y += height + 6;
  setFreeLines(flow, captionLines, { style: CAPTION_STYLE, indent: 0, align: 'center', part: 'caption', ref: { block } }, CAPTION_LEADING);
}
