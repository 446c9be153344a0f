/**
 * Shows PDF bytes in Chromium's built-in viewer (a blob: URL in an iframe), and prints them through the
 * system print dialog: the bytes shown are the bytes main will write on export.
 */
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';

/** What the parent can ask of the preview. */
export interface PdfPreviewHandle {
  print(): void;
}

/** The viewer; empty state when there is nothing to show. */
export const PdfPreview = forwardRef<PdfPreviewHandle, { readonly bytes: Uint8Array | null; readonly title: string; readonly empty: string }>(
  function PdfPreview({ bytes, title, empty }, ref) {
    const frame = useRef<HTMLIFrameElement>(null);
    const [url, setUrl] = useState<string | null>(null);
    useEffect(() => {
      if (bytes === null) return setUrl(null);
      const next = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
      setUrl(next);
      return () => URL.revokeObjectURL(next);
    }, [bytes]);
    useImperativeHandle(ref, () => ({ print: () => frame.current?.contentWindow?.print() }), []);
    if (url === null) return <div className="preview-empty">{empty}</div>;
    // Fit the page width, hide the thumbnail pane and Chromium's own toolbar (English tooltips, a second print
    // button): the app's toolbar prints and exports (Chromium PDF viewer URL parameters).
    return <iframe ref={frame} className="preview-frame" src={`${url}#toolbar=0&view=FitH&navpanes=0`} title={title} />;
  },
);
