/**
 * Skia numbers clip paths with a process-wide hexadecimal counter (cl_3 in one SVG, cl_a in a later drawing
 * of the same chart), which would make the SVG and the PDF differ run to run. Renumbers them in order of
 * appearance under a per-chart prefix: reproducible, and unique when several charts share a page.
 */
export function renumberClipIds(svg: string, prefix: string): string {
  const ids = new Map<string, string>();
  return svg.replace(/\bcl_[0-9a-f]+\b/g, (id) => {
    const known = ids.get(id) ?? `${prefix}-clip${ids.size + 1}`;
    ids.set(id, known);
    return known;
  });
}
