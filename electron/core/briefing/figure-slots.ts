import type { DocBlock, DocFigure } from '../doc-model.ts';

/** Where a chart goes: after the county table (section 一), after the hospital table (section 二), else before 三. */
export type FigureSlot = 'collection' | 'supply' | 'other';

/** Chart keys (as the charts helper names them) and the table each illustrates. */
export const FIGURE_SLOTS: Readonly<Record<string, FigureSlot>> = {
  'county-rate': 'collection',
  'monthly-donations': 'collection',
  'hospital-supply': 'supply',
};

/** The figure blocks for one slot, in the order given; figures without a known key go to 'other'. */
export function figuresFor(slot: FigureSlot, figures: readonly DocFigure[]): DocBlock[] {
  return figures.filter((f) => (FIGURE_SLOTS[f.key ?? ''] ?? 'other') === slot).map((figure) => ({ kind: 'figure', figure }));
}
