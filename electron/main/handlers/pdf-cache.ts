/**
 * The PDFs last shown in a preview, by the SHA-256 of their bytes: export writes exactly these bytes, so
 * the file on disk is the file the user looked at.
 */
import { createHash } from 'node:crypto';
import type { RenderedPdf } from '../../shared/ipc-contract.ts';

/** How many previews are kept (briefing and tables of a few quarters). */
const KEEP = 8;

/** Rendered PDFs by token. */
export interface PdfCache {
  /** Remembers the bytes and returns the preview. */
  put(bytes: Uint8Array, fileName: string): RenderedPdf;
  get(token: string): RenderedPdf | undefined;
}

/** An empty cache that keeps the last {@link KEEP} PDFs. */
export function createPdfCache(): PdfCache {
  const entries = new Map<string, RenderedPdf>();
  return {
    put: (bytes, fileName) => {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const pdf = { token: sha256, bytes, sha256, fileName };
      entries.delete(sha256);
      entries.set(sha256, pdf);
      if (entries.size > KEEP) entries.delete(entries.keys().next().value as string);
      return pdf;
    },
    get: (token) => entries.get(token),
  };
}
