import type { FontSet } from '../fonts/font-types.ts';
import type { Cmyk, FigureMark, RectItem, RuleItem, TextItem } from '../layout/layout-types.ts';
import { textWidth } from '../layout/measure-text.ts';
import { CHART_FONT, CHART_INKS } from './chart-style.ts';

/** Paper white, for the knock-out behind a label that crosses a grid or reference line. */
const WHITE: Cmyk = [0, 0, 0, 0];

/** Where a label's x is: its start, its middle or its end. */
export type Align = 'left' | 'center' | 'right';

/** Width in points of a chart label. */
export function labelWidth(fonts: FontSet, text: string, size: number = CHART_FONT.size): number {
  return textWidth(fonts, CHART_FONT.role, size, text);
}

/**
 * A label as real text in the song face, its em box vertically centred on `middle` (CJK faces put the em box
 * 0.88 em above and 0.12 em below the baseline, so the centre is 0.38 em above it).
 */
export function label(fonts: FontSet, text: string, x: number, middle: number, align: Align, color: Cmyk = CHART_INKS.text, size: number = CHART_FONT.size): TextItem {
  const width = labelWidth(fonts, text, size);
  const left = align === 'left' ? x : align === 'center' ? x - width / 2 : x - width;
  return { kind: 'text', part: 'figure', x: left, y: middle + 0.38 * size, text, role: CHART_FONT.role, size, color, charSpacing: 0, width, rotation: 0 };
}

/** A filled rectangle. */
export function rect(x: number, y: number, width: number, height: number, color: Cmyk): RectItem {
  return { kind: 'rect', part: 'figure', x, y, width, height, color };
}

/** A straight line, solid unless `dash` is given. */
export function line(x1: number, y1: number, x2: number, y2: number, color: Cmyk, width = 0.5, dash?: readonly [number, number]): RuleItem {
  return { kind: 'rule', part: 'figure', x1, y1, x2, y2, width, color, ...(dash ? { dash } : {}) };
}

/** A label with the paper cleared behind it (1 pt around its em box), so lines it crosses never cut its figures. */
export function knockedOut(text: TextItem): FigureMark[] {
  return [rect(text.x - 1, text.y - 0.88 * text.size - 1, text.width + 2, text.size + 2, WHITE), text];
}
