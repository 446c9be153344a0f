import SVGtoPDF from 'svg-to-pdfkit';
import type { FigureItem, LayoutItem, RuleItem, TextItem } from '../layout/layout-types.ts';
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
  doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).stroke().restore();
}

/** SVG charts are drawn as vectors, scaled into the box with their aspect ratio kept. */
function drawFigure(doc: PDFKit.PDFDocument, item: FigureItem): void {
  const { x, y, width, height } = item.box;
  SVGtoPDF(doc, item.svg, x, y, { width, height, preserveAspectRatio: 'xMidYMid meet', assumePt: true });
}
