import type { FigureItem, FigureMark, LayoutItem, RectItem, RuleItem, TextItem } from '../layout/layout-types.ts';
import { assertNever } from '../util/assert-never.ts';

/** Draws one positioned item; fonts are registered under their role names. */
export function drawItem(doc: PDFKit.PDFDocument, item: LayoutItem): void {
  switch (item.kind) {
    case 'text': return drawText(doc, item);
    case 'rule': return drawRule(doc, item);
    case 'figure': return drawFigure(doc, item);
    default: return assertNever(item);
  }
}

/** Text at its baseline; turned clockwise about its origin when rotated (landscape page numbers). */
function drawText(doc: PDFKit.PDFDocument, item: TextItem): void {
  doc.save();
  if (item.rotation !== 0) doc.rotate(item.rotation, { origin: [item.x, item.y] });
  doc.font(item.role).fontSize(item.size).fillColor([...item.color]);
  doc.text(item.text, item.x, item.y, { lineBreak: false, baseline: 'alphabetic', characterSpacing: item.charSpacing });
  doc.restore();
}

function drawRule(doc: PDFKit.PDFDocument, item: RuleItem): void {
  doc.save().lineWidth(item.width).strokeColor([...item.color]);
  if (item.dash) doc.dash(item.dash[0], { space: item.dash[1] });
  doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).stroke().restore();
}

function drawRect(doc: PDFKit.PDFDocument, item: RectItem): void {
  doc.save().rect(item.x, item.y, item.width, item.height).fill([...item.color]).restore();
}

/** A chart is its marks, in order: later marks (labels) over earlier ones (grid lines, bars). */
function drawFigure(doc: PDFKit.PDFDocument, item: FigureItem): void {
  for (const mark of item.marks) drawMark(doc, mark);
}

function drawMark(doc: PDFKit.PDFDocument, mark: FigureMark): void {
  switch (mark.kind) {
    case 'text': return drawText(doc, mark);
    case 'rule': return drawRule(doc, mark);
    case 'rect': return drawRect(doc, mark);
    default: return assertNever(mark);
  }
}
