import type { FigureMark, ItemRef } from './layout-types.ts';
import { assertNever } from '../util/assert-never.ts';

/** Where a chart's own box lands on the page: its top-left corner and the scale it is drawn at. */
export interface Placement {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

/** Moves and scales a chart's marks from its own box onto the page, tagging them with the block they belong to. */
export function placeMarks(marks: readonly FigureMark[], at: Placement, ref: ItemRef): FigureMark[] {
  const px = (x: number) => at.x + x * at.scale;
  const py = (y: number) => at.y + y * at.scale;
  return marks.map((m): FigureMark => {
    switch (m.kind) {
      case 'text': return { ...m, ref, x: px(m.x), y: py(m.y), size: m.size * at.scale, width: m.width * at.scale, charSpacing: m.charSpacing * at.scale };
      case 'rule': return { ...m, ref, x1: px(m.x1), y1: py(m.y1), x2: px(m.x2), y2: py(m.y2), width: m.width * at.scale };
      case 'rect': return { ...m, ref, x: px(m.x), y: py(m.y), width: m.width * at.scale, height: m.height * at.scale };
      default: return assertNever(m);
    }
  });
}
