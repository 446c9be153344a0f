/** Types for svg-to-pdfkit (shipped without types): draws an SVG string onto a pdfkit document. */
declare module 'svg-to-pdfkit' {
  interface SvgToPdfOptions {
    readonly width?: number;
    readonly height?: number;
    readonly preserveAspectRatio?: string;
    readonly assumePt?: boolean;
  }
  export default function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: SvgToPdfOptions): void;
}
