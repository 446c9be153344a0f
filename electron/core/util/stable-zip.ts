import JSZip from 'jszip';

/**
 * Rewrites a zip container (an .xlsx from exceljs) with every entry dated `date`.
 * exceljs stamps entries with the current time, so the same workbook would differ byte for byte on every
 * write; fixed dates make output reproducible (same inputs and clock → same bytes).
 */
export async function stableZip(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  for (const entry of Object.values(source.files).filter((f) => !f.dir)) {
    target.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
