import type { Font } from 'fontkit';

/** Figures, signs and CJK as the briefing sets them: one of each kind of lookup the shaper runs. */
const SAMPLE = '2025年第一季度10402人次，2.25‰、3.1%（U、ml）';

/**
 * Shapes a sample in a face once, so fontkit parses its substitution and positioning tables (large in CJK fonts,
 * ~15 ms a face) ahead of the layout: a caller with idle time (the CLI while the worker reads) takes the cost there.
 */
export function warmFace(font: Font): void {
  font.layout(SAMPLE);
}
