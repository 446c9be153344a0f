/** Helpers for chart geometry tests: marks by kind, text boxes, overlaps, and the fonts the briefing embeds. */
import { loadFonts } from '../../../electron/core/fonts/load-fonts.ts';
import type { FigureMark, RectItem, RuleItem, TextItem } from '../../../electron/core/layout/layout-types.ts';

/** The bundled faces: what the tests, the demo and the bench lay out with. */
export const FONTS = loadFonts({ bundledOnly: true });

export const textsOf = (marks: readonly FigureMark[]): TextItem[] => marks.filter((m): m is TextItem => m.kind === 'text');
export const rectsOf = (marks: readonly FigureMark[]): RectItem[] => marks.filter((m): m is RectItem => m.kind === 'rect' && m.color.some((c) => c > 0));
export const rulesOf = (marks: readonly FigureMark[]): RuleItem[] => marks.filter((m): m is RuleItem => m.kind === 'rule');

/** A label's em box (CJK faces: 0.88 em above the baseline, 0.12 em below). */
export function box(t: TextItem): { left: number; right: number; top: number; bottom: number } {
  return { left: t.x, right: t.x + t.width, top: t.y - 0.88 * t.size, bottom: t.y + 0.12 * t.size };
}

/** Pairs of labels whose boxes overlap (touching is allowed). */
export function overlappingLabels(marks: readonly FigureMark[]): [string, string][] {
  const ts = textsOf(marks);
  return ts.flatMap((a, i) => ts.slice(i + 1).flatMap((b): [string, string][] => {
    const p = box(a);
    const q = box(b);
    return p.left < q.right - 0.01 && q.left < p.right - 0.01 && p.top < q.bottom - 0.01 && q.top < p.bottom - 0.01 ? [[a.text, b.text]] : [];
  }));
}

/** Marks reaching outside the chart's own box. */
export function outside(marks: readonly FigureMark[], width: number, height: number): FigureMark[] {
  return marks.filter((m) => {
    if (m.kind === 'text') { const b = box(m); return b.left < -0.01 || b.right > width + 0.01 || b.top < -0.01 || b.bottom > height + 0.01; }
    if (m.kind === 'rect') return m.x < -0.01 || m.y < -0.01 || m.x + m.width > width + 0.01 || m.y + m.height > height + 0.01;
    return Math.min(m.x1, m.x2) < -0.01 || Math.max(m.x1, m.x2) > width + 0.01 || Math.min(m.y1, m.y2) < -0.01 || Math.max(m.y1, m.y2) > height + 0.01;
  });
}

/** Whether all ratios are equal within a hair: bar length ∝ value. */
export function proportional(lengths: readonly number[], values: readonly number[]): boolean {
  const k = lengths[0]! / values[0]!;
  return lengths.every((l, i) => Math.abs(l - k * values[i]!) < 1e-6);
}
