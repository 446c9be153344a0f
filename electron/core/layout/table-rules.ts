import type { Box, ItemRef, RuleItem } from './layout-types.ts';
import { BLACK } from './text-style.ts';

/** Rule weights of tables: outer frame 1 pt (≈ 0.35 mm), inner grid 0.5 pt. */
export const OUTER_RULE = 1;
export const INNER_RULE = 0.5;

/** A black table rule. */
export function tableRule(x1: number, y1: number, x2: number, y2: number, width: number, ref?: ItemRef): RuleItem {
  const rule: RuleItem = { kind: 'rule', part: 'tableRule', x1, y1, x2, y2, width, color: BLACK };
  return ref ? { ...rule, ref } : rule;
}

/** The bottom and right edges of a cell; the right edge is heavier on the table's outer edge. */
export function cellEdges(box: Box, tableRight: number, ref?: ItemRef): RuleItem[] {
  const right = box.x + box.width;
  const rightWidth = Math.abs(right - tableRight) < 0.01 ? OUTER_RULE : INNER_RULE;
  return [
    tableRule(box.x, box.y + box.height, right, box.y + box.height, INNER_RULE, ref),
    tableRule(right, box.y, right, box.y + box.height, rightWidth, ref),
  ];
}
