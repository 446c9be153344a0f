import PDFDocument from 'pdfkit';
import type { DocMeta } from '../doc-model.ts';
import { checkGlyphs } from './check-glyphs.ts';
import { describeFonts } from '../fonts/describe-fonts.ts';
import { FONT_ROLES } from '../fonts/font-types.ts';
import type { FontSet } from '../fonts/font-types.ts';
import type { Layout } from '../layout/layout-types.ts';
import { drawItem } from './draw-item.ts';

/**
 * Draws a layout with pdfkit, embedding subsets of the role faces, and returns the PDF bytes.
 * Byte-identical for the same inputs: pdfkit derives the file ID from the Info dictionary (whose dates come
 * from `meta.creationDate`, never the clock) and names font subsets after their order of use.
 * Rejects with FontError (Chinese message) before drawing when a face lacks a character.
 */
export async function renderPdf(layout: Layout, fonts: FontSet, meta: DocMeta): Promise<Buffer> {
  checkGlyphs(layout, fonts);
  const doc = new PDFDocument(documentOptions(fonts, meta));
  const bytes = collect(doc);
  for (const role of FONT_ROLES) doc.registerFont(role, fonts.faces[role].font as unknown as Buffer);
  for (const page of layout.pages) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    for (const item of page.items) drawItem(doc, item);
  }
  doc.end();
  return bytes;
}

/** Document options: no default Helvetica (it would be listed in the PDF), Info from the document meta. */
function documentOptions(fonts: FontSet, meta: DocMeta): PDFKit.PDFDocumentOptions {
  const info = {
    Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: 'blood-brief', Producer: 'blood-brief (PDFKit)',
    CreationDate: meta.creationDate, ModDate: meta.creationDate, BloodBriefFonts: describeFonts(fonts),
  };
  return { autoFirstPage: false, compress: true, pdfVersion: '1.7', displayTitle: true, lang: 'zh-CN', info, font: null as unknown as string };
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
