/**
 * Replaces the width/height Skia writes on the root <svg> with a viewBox, so svg-to-pdfkit (and browsers)
 * scale the drawing to whatever size it is placed at (toolchain notes: Skia writes no viewBox).
 */
export function withViewBox(svg: string, width: number, height: number): string {
  const root = /<svg\b[^>]*>/.exec(svg);
  if (!root) throw new Error('图表SVG缺少<svg>根元素');
  const fixed = root[0].replace(/\s(width|height|viewBox)="[^"]*"/g, '').replace(/>$/, ` viewBox="0 0 ${width} ${height}">`);
  return svg.slice(0, root.index) + fixed + svg.slice(root.index + root[0].length);
}
